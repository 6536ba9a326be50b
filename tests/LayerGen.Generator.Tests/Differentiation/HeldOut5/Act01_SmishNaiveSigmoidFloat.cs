// Smish (Wang et al. 2022): x · tanh(ln(1 + sigmoid(x))), ported literally from the paper's PyTorch snippet
// (x * torch.tanh(torch.log(1 + torch.sigmoid(x)))) with sigmoid as 1 / (1 + exp(−x)): exp overflows inside at
// −1000 (the output is finite, the derivative chain has ∞·0).
// rows: no-large
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(10)]
public partial class SmishNaiveSigmoidFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            float sigmoid = 1f / (1f + MathF.Exp(-x[i]));
            y[i] = x[i] * MathF.Tanh(MathF.Log(1f + sigmoid));
        }
    }
}
