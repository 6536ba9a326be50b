// SELU in float with class-level `const float` scale and alpha and a ternary per entry.
// Re-creates: the SELU constants of Klambauer et al. as PyTorch's torch.nn.SELU documents them.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(8)]
public partial class SeluClassConsts
{
    private const float Alpha = 1.6732632f;
    private const float Scale = 1.0507010f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = Scale * (v > 0 ? v : Alpha * (MathF.Exp(v) - 1));
        }
    }
}
