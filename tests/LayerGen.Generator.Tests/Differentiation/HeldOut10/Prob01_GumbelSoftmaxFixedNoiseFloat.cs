// expect: gradient
// Probabilistic layers: a Gumbel-softmax (Jang et al. 2017, Maddison et al.'s Concrete) relaxation with *fixed* noise:
// g = −log(−log u) from a static readonly table of uniforms (a frozen sample, as in a reproducible evaluation), then
// softmax((x + g)/τ) with a learnable log temperature, hand-written max shift in a foreach over the shifted logits.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(6)]
public partial class GumbelSoftmaxFixedNoiseFloat
{
    static readonly float[] Uniforms = { 0.13f, 0.92f, 0.47f, 0.05f, 0.66f, 0.38f };

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(1, Initial = -0.7f)] ReadOnlySpan<float> logTemperature)
    {
        float tau = MathF.Exp(logTemperature[0]);
        Span<float> z = stackalloc float[6];
        for (int i = 0; i < z.Length; i++)
        {
            float gumbel = -MathF.Log(-MathF.Log(Uniforms[i]));
            z[i] = (x[i] + gumbel) / tau;
        }
        float max = float.NegativeInfinity;
        foreach (float v in z)
            if (v > max) max = v;
        float sum = 0.0f;
        for (int i = 0; i < z.Length; i++)
        {
            y[i] = MathF.Exp(z[i] - max);
            sum += y[i];
        }
        for (int i = 0; i < y.Length; i++) y[i] /= sum;
    }
}
