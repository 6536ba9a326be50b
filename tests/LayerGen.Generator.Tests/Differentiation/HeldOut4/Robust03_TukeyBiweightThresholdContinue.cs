// Tukey's biweight ρ with threshold c = 4.685 (statsmodels.robust.norms.TukeyBiweight.rho):
// |x| ≤ c: c²/6·(1 − (1 − (x/c)²)³), else c²/6; the constant is written first and `continue` skips the inside formula,
// the cube spelled u * u * u.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(16)]
public partial class TukeyBiweightThresholdContinue
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const double C = 4.685;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = C * C / 6;
            if (Math.Abs(x[i]) > C)
                continue;
            double u = 1 - (x[i] / C) * (x[i] / C);
            y[i] = C * C / 6 * (1 - u * u * u);
        }
    }
}
