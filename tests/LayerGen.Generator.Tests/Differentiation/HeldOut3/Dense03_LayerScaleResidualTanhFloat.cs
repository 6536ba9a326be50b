// expect: gradient
// LayerScale on a residual branch (CaiT, Touvron et al. 2021; timm's LayerScale): y = x + γ ⊙ tanh(x), γ learnable per
// channel starting at 1e-4 (CaiT's small init). Float. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(8)]
partial class LayerScaleResidual
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(8, Initial = 1e-4)] ReadOnlySpan<float> gamma)
    {
        for (int i = 0; i < x.Length; i++)
            y[i] = x[i] + gamma[i] * MathF.Tanh(x[i]);
    }
}
