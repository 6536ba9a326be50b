// expect: gradient
// Adaptive piecewise linear units (Agostinelli et al. 2015): max(0, x) + Σ_s a_s·max(0, −x + b_s) with three hinges
// whose slopes a_s and locations b_s are learnable (shared over the row), compound assignment in the hinge loop. Shape
// from APL implementations; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(8)]
public partial class AdaptivePiecewiseLinearLearnable
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(3, Initial = 0.2)] ReadOnlySpan<double> slopes,
                           [Learnable(3, StandardDeviation = 1.0)] ReadOnlySpan<double> hinges)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            double h = Math.Max(0, v);
            for (int s = 0; s < slopes.Length; s++)
                h += slopes[s] * Math.Max(0, -v + hinges[s]);
            y[i] = h;
        }
    }
}
