// Soft rounding for quantisation-aware training (Agustsson & Theis, "Universally quantized neural compression"):
// s_α(u) = ⌊u⌋ + ½ + tanh(α·r) / (2·tanh(α/2)), r = u − ⌊u⌋ − ½, on u = v / step, scaled back by the step; the step
// (log space) and the hardness α = 1 + exp(a) are learnable. Continuous with a continuous slope at the integers.
// Shape of the soft_round function in tensorflow_compression, from memory.
// A user expects the gradient of the surrogate (the floor itself contributes 0).
// expect: gradient
// rows: no-large
// no-large: the forward is finite, but at |v| = 1000 the check's step (0.01) moves u by ~0.03 and often straddles an
// integer, where the second derivative jumps; no central difference follows it to 1e-6.
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(8)]
public partial class SoftRoundTanhLearnableFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                           [Learnable(1, Initial = -1)] ReadOnlySpan<float> logStep,
                           [Learnable(1, Initial = 1)] ReadOnlySpan<float> hardness)
    {
        float step = MathF.Exp(logStep[0]);
        float alpha = 1f + MathF.Exp(hardness[0]);
        float denominator = 2f * MathF.Tanh(alpha / 2f);
        for (int i = 0; i < x.Length; i++)
        {
            float u = x[i] / step;
            float floor = MathF.Floor(u);
            float r = u - floor - 0.5f;
            y[i] = step * (floor + 0.5f + MathF.Tanh(alpha * r) / denominator);
        }
    }
}
