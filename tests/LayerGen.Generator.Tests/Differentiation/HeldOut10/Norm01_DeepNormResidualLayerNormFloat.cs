// expect: gradient
// Norms: DeepNet's DeepNorm (Wang et al. 2022) post-LN residual, LN(α·x + F(x)) with α = (2N)^(1/4) for N = 6 layers
// held in a static readonly field (computed once with MathF.Pow, not a const), F a tanh-form GELU sublayer; LayerNorm
// with learnable gain and bias, ε inside the square root, as a fairseq/torchscale port writes it.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(8)]
public partial class DeepNormResidualLayerNormFloat
{
    static readonly float Alpha = MathF.Pow(2.0f * 6.0f, 0.25f);

    static float Gelu(float v) =>
        0.5f * v * (1.0f + MathF.Tanh(0.7978845608f * (v + 0.044715f * v * v * v)));

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                           [Learnable(8, Initial = 1.0f)] ReadOnlySpan<float> gain,
                           [Learnable(8)] ReadOnlySpan<float> bias)
    {
        Span<float> h = stackalloc float[8];
        float mean = 0.0f;
        for (int i = 0; i < 8; i++)
        {
            float sub = MathF.Tanh(x[i] / 4.0f) * 4.0f;
            h[i] = Alpha * x[i] + Gelu(sub);
            mean += h[i];
        }
        mean /= 8;
        float variance = 0.0f;
        for (int i = 0; i < 8; i++) variance += (h[i] - mean) * (h[i] - mean);
        variance /= 8;
        float inv = 1.0f / MathF.Sqrt(variance + 1e-5f);
        for (int i = 0; i < 8; i++) y[i] = gain[i] * (h[i] - mean) * inv + bias[i];
    }
}
