// Adam's update over a row of gradients, made "fast" with the hardware reciprocal square-root estimate as some game
// and SIMD code does (rsqrtps). The estimate is a piecewise hardware approximation, not a differentiable function:
// docs/custom-layers.md lists MathF.ReciprocalEstimate as outside the subset and ReciprocalSqrtEstimate is no
// supported call either.
// expect: error
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(8)]
public partial class AdamReciprocalSqrtEstimateFloat
{
    const float Beta1 = 0.9f, Beta2 = 0.999f, Eps = 1e-8f, LearningRate = 1e-3f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float m = 0f, v = 0f;
        for (int t = 0; t < x.Length; t++)
        {
            m = Beta1 * m + (1 - Beta1) * x[t];
            v = Beta2 * v + (1 - Beta2) * x[t] * x[t];
            y[t] = -LearningRate * m * MathF.ReciprocalSqrtEstimate(v + Eps); //~ LG11
        }
    }
}
