// Group normalisation of a 12-channel row in 3 groups of 4 (torch.nn.GroupNorm(3, 12) on one position), each group read
// and written through `var` slice locals (x.Slice / y.Slice), per-channel learnable γ and β.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(12)]
public partial class GroupNormSliceLocalsLearnable
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(12, Initial = 1)] ReadOnlySpan<double> gamma, [Learnable(12)] ReadOnlySpan<double> beta)
    {
        const int Groups = 3, GroupSize = 4;
        for (int g = 0; g < Groups; g++)
        {
            var part = x.Slice(g * GroupSize, GroupSize);
            var target = y.Slice(g * GroupSize, GroupSize);
            double mean = 0;
            for (int i = 0; i < part.Length; i++)
                mean += part[i];
            mean /= GroupSize;
            double variance = 0;
            for (int i = 0; i < part.Length; i++)
                variance += (part[i] - mean) * (part[i] - mean);
            variance /= GroupSize;
            double inverse = 1 / Math.Sqrt(variance + 1e-5);
            for (int i = 0; i < part.Length; i++)
                target[i] = (part[i] - mean) * inverse * gamma[g * GroupSize + i] + beta[g * GroupSize + i];
        }
    }
}
