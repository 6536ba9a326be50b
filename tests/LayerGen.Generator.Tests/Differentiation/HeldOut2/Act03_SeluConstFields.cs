// SELU (Klambauer et al. 2017) in float with the two constants as private consts, ternary per element.
// Re-creates: SiaNet's Selu (scale * Elu(alpha)) folded into one expression (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(12)]
public partial class SeluConstFields
{
    private const float Alpha = 1.6732632423543772f;
    private const float Scale = 1.0507009873554805f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < y.Length; i++)
            y[i] = Scale * (x[i] > 0f ? x[i] : Alpha * (MathF.Exp(x[i]) - 1f));
    }
}
