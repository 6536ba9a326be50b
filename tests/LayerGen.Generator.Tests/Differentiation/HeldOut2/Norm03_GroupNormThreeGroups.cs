// GroupNorm over one row of 12 channels split into 3 groups of 4 (no affine), eps inside the square root.
// Re-creates: the NumPy reference of GroupNorm from Wu & He 2018, Figure 3, for a single spatial position (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(12)]
public partial class GroupNormThreeGroups
{
    const int Groups = 3;
    const int PerGroup = 4;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int g = 0; g < Groups; g++)
        {
            int start = g * PerGroup;
            double mean = 0.0;
            for (int j = 0; j < PerGroup; j++) mean += x[start + j];
            mean /= PerGroup;
            double variance = 0.0;
            for (int j = 0; j < PerGroup; j++) variance += (x[start + j] - mean) * (x[start + j] - mean);
            variance /= PerGroup;
            double inv = 1.0 / Math.Sqrt(variance + 1e-5);
            for (int j = 0; j < PerGroup; j++)
                y[start + j] = (x[start + j] - mean) * inv;
        }
    }
}
