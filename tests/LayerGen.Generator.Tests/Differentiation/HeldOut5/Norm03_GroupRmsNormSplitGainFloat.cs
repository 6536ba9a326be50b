// RMSNorm applied per group (the "grouped RMSNorm" of Mamba-2's gated norm, without the gate): the row is split
// into 3 groups of 4, each divided by its own root mean square, then a learnable per-element gain.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(12)]
public partial class GroupRmsNormSplitGainFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(12, Initial = 1)] ReadOnlySpan<float> weight)
    {
        const int groupSize = 4;
        const float eps = 1e-5f;
        for (int start = 0; start < x.Length; start += groupSize)
        {
            float meanSquare = 0f;
            for (int j = start; j < start + groupSize; j++) meanSquare += x[j] * x[j];
            meanSquare /= groupSize;
            float inv = 1f / MathF.Sqrt(meanSquare + eps);
            for (int j = start; j < start + groupSize; j++) y[j] = x[j] * inv * weight[j];
        }
    }
}
