// Median centring (x − median(x), a robust scaler): the row copied into a stackalloc buffer and sorted with the
// library's Span.Sort (MemoryExtensions.Sort), a call whose data-dependent permutation the generator cannot see.
// expect: error
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(8)]
public partial class MedianCentreSpanSort
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        Span<double> sorted = stackalloc double[x.Length];
        for (int i = 0; i < x.Length; i++)
            sorted[i] = x[i];
        sorted.Sort(); //~ LG11
        double median = 0.5 * (sorted[x.Length / 2 - 1] + sorted[x.Length / 2]);
        for (int i = 0; i < x.Length; i++)
            y[i] = x[i] - median;
    }
}
