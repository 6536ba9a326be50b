// Softsign, x / (1 + |x|), float, written with a var and MathF.Abs.
// Re-creates: torch.nn.Softsign / Keras softsign (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(10)]
public partial class SoftsignFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (var i = 0; i < x.Length; ++i)
        {
            var v = x[i];
            y[i] = v / (1 + MathF.Abs(v));
        }
    }
}
