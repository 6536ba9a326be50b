// expect: error
// A "warm-up" scale read from the wall clock inside the row (y = x · min(1, seconds / 30)): the forward depends on
// when it runs, so Forward and the derived Backward would disagree. Expected: an LG11xx error at the DateTime read.
// Our own code.
using System;
using LayerGen;

[DifferentiableLayer(4)]
partial class ClockWarmupScale
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float scale = MathF.Min(1f, DateTime.UtcNow.Second / 30f); //~ LG11
        for (int i = 0; i < x.Length; i++) y[i] = x[i] * scale;
    }
}
