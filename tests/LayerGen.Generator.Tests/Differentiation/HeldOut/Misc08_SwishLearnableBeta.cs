// Swish-β: x · σ(β x) with one learnable β shared by all entries (Learnable(1)), float, MathF.Exp.
// Re-creates: Ramachandran et al. (2017) Swish with trainable β.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(8)]
public partial class SwishLearnableBeta
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(1, Initial = 1)] ReadOnlySpan<float> beta)
    {
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = x[i] / (1 + MathF.Exp(-beta[0] * x[i]));
        }
    }
}
