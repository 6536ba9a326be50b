// expect: error
// Sorting: merge two row halves (each assumed sorted, as in merge sort's combine step) with the two-pointer loop every
// textbook writes: which pointer advances depends on a comparison of data, so the loop's trip count is not known on
// entry (counters stepped inside a branch). The error belongs to the while loop.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(8)]
public partial class MergeSortedHalvesTwoPointers
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int half = x.Length / 2;
        int i = 0, j = half, k = 0;
        while (i < half && j < x.Length) //~ LG11
        {
            if (x[i] <= x[j]) { y[k] = x[i]; i++; }
            else { y[k] = x[j]; j++; }
            k++;
        }
        // the tails (one half exhausted) are left at zero here; the merge loop alone is the point
    }
}
