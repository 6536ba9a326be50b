// expect: gradient
// A LoRA adapter on an identity path (Hu et al. 2021; peft's lora.Linear with a frozen identity base): y = x + (α/r) B(Ax)
// with rank r = 2, A (2×8) and B (8×2) learnable (B starts at zero, as LoRA does), the rank-2 hidden vector in a
// stackalloc buffer. Float. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(8)]
partial class LoraAdapter
{
    const int Rank = 2;
    const float Alpha = 4f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                           [Learnable(Rank * 8, StandardDeviation = 0.2)] ReadOnlySpan<float> a,
                           [Learnable(8 * Rank)] ReadOnlySpan<float> b)
    {
        Span<float> hidden = stackalloc float[Rank];
        for (int r = 0; r < Rank; r++)
        {
            float s = 0f;
            for (int i = 0; i < x.Length; i++) s += a[r * x.Length + i] * x[i];
            hidden[r] = s;
        }
        float scaling = Alpha / Rank;
        for (int o = 0; o < y.Length; o++)
        {
            float delta = 0f;
            for (int r = 0; r < Rank; r++) delta += b[o * Rank + r] * hidden[r];
            y[o] = x[o] + scaling * delta;
        }
    }
}
