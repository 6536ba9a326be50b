// expect: gradient
// Interleave the two halves of a row (the inverse of a channel split, as in RealNVP-style coupling layers that
// re-merge halves), written with two loop variables in one for header: for (int i = 0, j = 0; …; i++, j += 2).
// Each pair is mixed by a fixed 2×2 rotation-like matrix. Float. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(8)]
partial class InterleaveHalves
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        int half = x.Length / 2;
        for (int i = 0, j = 0; i < half; i++, j += 2)
        {
            float a = x[i];
            float b = x[i + half];
            y[j] = 0.8f * a - 0.6f * b;
            y[j + 1] = 0.6f * a + 0.8f * b;
        }
    }
}
