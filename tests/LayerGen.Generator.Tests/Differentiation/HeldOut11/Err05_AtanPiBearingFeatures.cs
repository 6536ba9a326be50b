// expect: error
// Bearing features of (dx, dy) pairs in half-turns with double.AtanPi(dy/dx) and the distance; AtanPi is not among
// the supported calls (Atan, Atan2 are: write Math.Atan(v) / Math.PI): LG11xx at the call. Shape of navigation
// helpers using .NET 7's generic-math trigonometry, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(6)]
public partial class AtanPiBearingFeatures
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int p = 0; p < 3; p++)
        {
            double dx = 1.0 + Math.Exp(0.5 * Math.Tanh(x[2 * p]));
            double dy = x[2 * p + 1];
            y[2 * p] = double.AtanPi(dy / dx); //~ LG11
            y[2 * p + 1] = Math.Sqrt(dx * dx + dy * dy);
        }
    }
}
