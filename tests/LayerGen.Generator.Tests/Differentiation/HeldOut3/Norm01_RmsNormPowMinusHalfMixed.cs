// expect: gradient
// RMSNorm (Zhang & Sennrich 2019; T5's LayerNorm without mean) on a float row, accumulated in double the way careful
// C# ports do: (double) casts, Math.Pow(ms + eps, -0.5) with eps inside, cast back to float, learnable gain.
// Our own code.
using System;
using LayerGen;

[DifferentiableLayer(8)]
partial class RmsNormMixedPrecision
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(8, Initial = 1)] ReadOnlySpan<float> gain)
    {
        double sumSquares = 0.0;
        for (int i = 0; i < x.Length; i++)
            sumSquares += (double)x[i] * x[i];
        float inverseRms = (float)Math.Pow(sumSquares / x.Length + 1e-6, -0.5);
        for (int i = 0; i < x.Length; i++)
            y[i] = gain[i] * (x[i] * inverseRms);
    }
}
