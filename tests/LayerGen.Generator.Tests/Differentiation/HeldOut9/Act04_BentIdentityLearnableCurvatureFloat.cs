// Activations: the bent identity, f(x) = (√(x² + κ²) − κ)/2 + x, generalised with a learnable per-channel curvature
// κ = softplus(p) (κ = 1 gives the textbook (√(x² + 1) − 1)/2 + x).
// Shape: the bent-identity row of Wikipedia's activation-function table, as a small PyTorch module in float.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(8)]
public partial class BentIdentityLearnableCurvatureFloat
{
    static float Softplus(float v) => MathF.Max(v, 0f) + MathF.Log(1f + MathF.Exp(-MathF.Abs(v)));

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(8, Initial = 0.5413)] ReadOnlySpan<float> curvature)
    {
        for (int i = 0; i < x.Length; i++)
        {
            float k = Softplus(curvature[i]);
            y[i] = 0.5f * (MathF.Sqrt(x[i] * x[i] + k * k) - k) + x[i];
        }
    }
}
