// Group norm over one row: 2 groups of 6, nested loops with an offset g * 6, per-group mean and variance.
// Re-creates: torch.nn.GroupNorm(2, 12) for one sample, written as loops.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(12)]
public partial class GroupNormTwoGroups
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const int Groups = 2;
        const int Size = 6;
        for (int g = 0; g < Groups; g++)
        {
            double mean = 0;
            for (int k = 0; k < Size; k++) mean += x[g * Size + k];
            mean /= Size;
            double variance = 0;
            for (int k = 0; k < Size; k++)
            {
                double d = x[g * Size + k] - mean;
                variance += d * d;
            }
            variance /= Size;
            for (int k = 0; k < Size; k++) y[g * Size + k] = (x[g * Size + k] - mean) / Math.Sqrt(variance + 1e-5);
        }
    }
}
