// expect: gradient
// rows: no-large
// SwiGLU over row halves (as in LLaMA's feed-forward, torch.chunk(2) then a * silu(b)), float, with the halves as
// ReadOnlySpan slices (Slice and a range). no-large: silu(-1000) computes -1000 / (1 + exp(1000)) = -1000 / ∞, whose
// derivative is ∞/∞ in the forward's own arithmetic. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(16, 8)]
partial class SwiGluSlices
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        ReadOnlySpan<float> value = x.Slice(0, 8);
        ReadOnlySpan<float> gate = x[8..];
        for (int i = 0; i < y.Length; i++)
        {
            float g = gate[i];
            y[i] = value[i] * g / (1f + MathF.Exp(-g));
        }
    }
}
