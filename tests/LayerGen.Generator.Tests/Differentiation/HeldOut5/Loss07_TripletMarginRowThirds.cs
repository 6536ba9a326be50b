// Triplet margin loss (FaceNet; torch.nn.TripletMarginLoss with p = 2, eps inside the distance) on a row split into
// anchor | positive | negative thirds. Distances go through a small helper with a loop.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(15, 1)]
public partial class TripletMarginRowThirds
{
    const double Margin = 1.0;

    static double Distance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++)
        {
            double d = a[i] - b[i] + 1e-6;
            s += d * d;
        }
        return Math.Sqrt(s);
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int d = x.Length / 3;
        var anchor = x.Slice(0, d);
        var positive = x.Slice(d, d);
        var negative = x.Slice(2 * d, d);
        y[0] = Math.Max(Distance(anchor, positive) - Distance(anchor, negative) + Margin, 0.0);
    }
}
