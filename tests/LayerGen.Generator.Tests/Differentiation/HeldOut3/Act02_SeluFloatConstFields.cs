// expect: gradient
// SELU in float with the paper's constants as const fields (Klambauer et al. 2017; torch.nn.SELU), written with an
// if/else per element and ++i. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(6)]
sealed partial class SeluFloat
{
    const float Alpha = 1.6732632423543772f;
    const float Scale = 1.0507009873554805f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < y.Length; ++i)
        {
            float v = x[i];
            if (v > 0f)
                y[i] = Scale * v;
            else
                y[i] = Scale * Alpha * (MathF.Exp(v) - 1f);
        }
    }
}
