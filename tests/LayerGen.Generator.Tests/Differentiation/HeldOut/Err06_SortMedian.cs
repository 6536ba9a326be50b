// Median-centering with a sorted copy (Span.Sort): a data-dependent permutation through a library call; an error at
// the Sort call is expected.
// Re-creates: `x - np.median(x)`.
// expect: error
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(5)]
public partial class SortMedian
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        Span<double> sorted = stackalloc double[5];
        x.CopyTo(sorted);
        sorted.Sort(); //~ LG11
        for (int i = 0; i < x.Length; i++) y[i] = x[i] - sorted[2];
    }
}
