// Hard top-1 gate without Gumbel noise: keep the row's largest entry, zero the rest (mask from a comparison).
// Re-creates: the "straight top-1" routing mask of mixture-of-experts code, `x * (x == x.max())` (shape only; our own code).
// expect: gradient
// rows: no-ties
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(6)]
public partial class Top1MaskByComparison
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float best = x[0];
        for (int i = 1; i < x.Length; i++)
            if (x[i] > best) best = x[i];
        for (int i = 0; i < x.Length; i++)
        {
            float mask = x[i] >= best ? 1f : 0f;
            y[i] = mask * x[i];
        }
    }
}
