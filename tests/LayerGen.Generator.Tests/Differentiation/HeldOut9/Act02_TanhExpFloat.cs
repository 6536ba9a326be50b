// Activations: TanhExp, f(x) = x · tanh(eˣ), as the paper's one-line PyTorch module, in float.
// Shape: Liu & Di, "TanhExp: A Smooth Activation Function with High Convergence Speed for Lightweight Neural Networks" (2020).
// expect: gradient
// rows: no-large
// eˣ is +∞ above x ≈ 89 (float) / 709 (double): the forward is x there, but tanh′(∞)·∞ = 0·∞ in any chain rule.
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(16)]
public partial class TanhExpFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
            y[i] = x[i] * MathF.Tanh(MathF.Exp(x[i]));
    }
}
