// RMSNorm with a learnable gain (Zhang & Sennrich 2019; the LLaMA RMSNorm module): the sum of squares taken by
// `foreach (var v in x)`, ε = 1e-6 inside the square root.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(16)]
public partial class RmsNormForeachGainFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(16, Initial = 1)] ReadOnlySpan<float> gain)
    {
        float sumSquares = 0f;
        foreach (var v in x)
            sumSquares += v * v;
        float inverseRms = 1f / MathF.Sqrt(sumSquares / x.Length + 1e-6f);
        for (int i = 0; i < x.Length; i++)
            y[i] = x[i] * inverseRms * gain[i];
    }
}
