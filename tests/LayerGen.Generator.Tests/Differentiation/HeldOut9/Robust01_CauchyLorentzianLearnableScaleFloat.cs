// Robust losses: the Cauchy (Lorentzian) loss ρ(r) = (c²/2) log(1 + (r/c)²) between the two halves of the row
// (prediction, target) with a learnable log scale c, and the IRLS weight 1 / (1 + (r/c)²) beside it.
// Shape: Ceres Solver's CauchyLoss / scipy.optimize.least_squares loss='cauchy', written in float with float.LogP1.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(16)]
public partial class CauchyLorentzianLearnableScaleFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(1)] ReadOnlySpan<float> logScale)
    {
        int half = x.Length / 2;
        float c = MathF.Exp(logScale[0]);
        float c2 = c * c;
        for (int i = 0; i < half; i++)
        {
            float r = x[i] - x[half + i];
            float q = r * r / c2;
            y[i] = 0.5f * c2 * float.LogP1(q);
            y[half + i] = 1f / (1f + q);
        }
    }
}
