// LayerNorm in float: two passes (mean, then variance), `const float eps`, x.Length, `var`, learnable gain and bias.
// Re-creates: Karpathy llm.c layernorm_forward (mean; variance of xshift; rstd = 1 / sqrtf(v + eps); out = n * w + b).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(16)]
public partial class LayerNormTwoPassFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(16, Initial = 1)] ReadOnlySpan<float> weight, [Learnable(16)] ReadOnlySpan<float> bias)
    {
        const float eps = 1e-5f;
        var mean = 0f;
        for (var i = 0; i < x.Length; i++)
        {
            mean += x[i];
        }
        mean = mean / x.Length;
        var v = 0f;
        for (var i = 0; i < x.Length; i++)
        {
            var xshift = x[i] - mean;
            v += xshift * xshift;
        }
        v = v / x.Length;
        var rstd = 1f / MathF.Sqrt(v + eps);
        for (var i = 0; i < x.Length; i++)
        {
            var n = rstd * (x[i] - mean);
            y[i] = n * weight[i] + bias[i];
        }
    }
}
