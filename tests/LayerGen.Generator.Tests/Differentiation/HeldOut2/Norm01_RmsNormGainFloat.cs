// RMSNorm (Zhang & Sennrich 2019) with a learnable gain, float: x / sqrt(mean(x^2) + eps) * g.
// Re-creates: the LLaMA-style RMSNorm module `x * torch.rsqrt(x.pow(2).mean(-1) + eps) * weight` (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(16)]
public partial class RmsNormGainFloat
{
    const float Eps = 1e-6f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(16, Initial = 1)] ReadOnlySpan<float> weight)
    {
        float sumSquares = 0f;
        for (int i = 0; i < x.Length; i++)
            sumSquares += x[i] * x[i];
        float rsqrt = 1f / MathF.Sqrt(sumSquares / x.Length + Eps);
        for (int i = 0; i < x.Length; i++)
            y[i] = x[i] * rsqrt * weight[i];
    }
}
