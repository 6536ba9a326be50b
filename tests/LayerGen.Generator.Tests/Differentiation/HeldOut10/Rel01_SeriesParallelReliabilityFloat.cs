// expect: gradient
// Reliability: a series system of parallel (redundant) groups, R = Π_g (1 − Π_{i∈g} (1 − R_i)), with the group sizes
// in a static readonly int table and component reliabilities σ(x); also each group's Birnbaum importance
// ∂R/∂R_group = Π of the other groups (`continue` past its own), as a reliability-block-diagram script computes them.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(9, 5)]
public partial class SeriesParallelReliabilityFloat
{
    static readonly int[] GroupSizes = { 2, 3, 4 };

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        Span<float> groupReliability = stackalloc float[3];
        int offset = 0;
        float system = 1.0f;
        for (int g = 0; g < GroupSizes.Length; g++)
        {
            float allFail = 1.0f;
            for (int i = 0; i < GroupSizes[g]; i++)
            {
                float r = 1.0f / (1.0f + MathF.Exp(-x[offset + i]));
                allFail *= 1.0f - r;
            }
            offset += GroupSizes[g];
            groupReliability[g] = 1.0f - allFail;
            system *= groupReliability[g];
        }
        y[0] = system;
        for (int g = 0; g < 3; g++)
        {
            float others = 1.0f;
            for (int h = 0; h < 3; h++)
            {
                if (h == g) continue;
                others *= groupReliability[h];
            }
            y[1 + g] = others;
        }
        y[4] = -MathF.Log(1.0f - system + 1e-6f);      // "nines" of availability, natural log
    }
}
