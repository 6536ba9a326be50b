// Mish, x * tanh(softplus(x)) (Misra 2019), float, written the naive way: softplus as log(1 + exp(x)).
// Re-creates: the Mish paper's reference `x * torch.tanh(F.softplus(x))` ported to MathF (shape only; our own code).
// expect: gradient
// rows: no-large
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(8)]
public partial class MishNaiveFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            float softplus = MathF.Log(1f + MathF.Exp(x[i]));
            y[i] = x[i] * MathF.Tanh(softplus);
        }
    }
}
