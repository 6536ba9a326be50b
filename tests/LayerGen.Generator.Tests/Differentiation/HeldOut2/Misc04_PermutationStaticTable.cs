// Fixed channel permutation through a static readonly index table, y_i = x[perm[i]] (a channel shuffle).
// Re-creates: ShuffleNet's channel shuffle for 2 groups of 3 expressed as a lookup table (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(6)]
public partial class PermutationStaticTable
{
    static readonly int[] Perm = { 0, 3, 1, 4, 2, 5 };

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < Perm.Length; i++)
            y[i] = x[Perm[i]];
    }
}
