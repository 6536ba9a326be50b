// Polar features of 2-D points (radius and angle), as in point-cloud / trajectory models that feed
// (r, θ) = (hypot(x, y), atan2(y, x)) instead of (x, y); a row holds five points as (x, y) pairs.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(10)]
public partial class PolarAtan2Features
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i += 2)
        {
            double px = x[i], py = x[i + 1];
            y[i] = Math.Sqrt(px * px + py * py);
            y[i + 1] = Math.Atan2(py, px);
        }
    }
}
