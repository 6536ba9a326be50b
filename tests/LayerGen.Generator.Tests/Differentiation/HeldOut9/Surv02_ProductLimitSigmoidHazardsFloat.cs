// Survival: a Kaplan–Meier-like product-limit curve from per-interval hazards h_j = σ(x_j), S_j = Π_{k≤j} (1 − h_k),
// plus the restricted mean survival time Σ S_j in the extra last output (read with ^1).
// Shape: a discrete-time survival head (nnet-survival / DeepHit-style) written the NumPy cumprod way in a float loop.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(10, 11)]
public partial class ProductLimitSigmoidHazardsFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float survival = 1f;
        float restrictedMean = 0f;
        for (int j = 0; j < x.Length; j++)
        {
            float stay = 0.5f * (1f - MathF.Tanh(0.5f * x[j]));   // 1 − σ(x), without exp overflow
            survival *= stay;
            y[j] = survival;
            restrictedMean += survival;
        }
        y[^1] = restrictedMean;
    }
}
