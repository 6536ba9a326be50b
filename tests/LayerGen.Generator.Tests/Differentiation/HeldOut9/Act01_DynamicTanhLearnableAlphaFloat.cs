// Normalisation-free transformers: Dynamic Tanh (DyT), y = γ ⊙ tanh(α x) + β, a drop-in for LayerNorm with a
// learnable scalar α (initialised to 0.5) and per-channel γ, β.
// Shape: Zhu, Chen, He, LeCun & Liu, "Transformers without Normalization" (2025), the module's forward, in float.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(16)]
public partial class DynamicTanhLearnableAlphaFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(1, Initial = 0.5)] ReadOnlySpan<float> alpha,
        [Learnable(16, Initial = 1)] ReadOnlySpan<float> weight,
        [Learnable(16)] ReadOnlySpan<float> bias)
    {
        var a = alpha[0];
        for (var i = 0; i < x.Length; i++)
            y[i] = weight[i] * float.Tanh(a * x[i]) + bias[i];
    }
}
