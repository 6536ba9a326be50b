// expect: error
// The mean of the positive entries gathered into a scratch buffer sized to how many there are: a stackalloc whose
// length is counted from the data changes per row, outside the subset (allocate the largest, x.Length, and use part
// of it): LG11xx at the allocation. Shape of a NumPy `x[x > 0].mean()` port, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(8, 2)]
public partial class StackallocLengthFromPositiveCount
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int count = 0;
        for (int i = 0; i < x.Length; i++)
            if (x[i] > 0) count++;

        Span<double> positive = stackalloc double[count]; //~ LG11
        int k = 0;
        for (int i = 0; i < x.Length; i++)
            if (x[i] > 0) positive[k++] = x[i];

        double sum = 0;
        foreach (double v in positive) sum += v;
        y[0] = count > 0 ? sum / count : 0.0;
        y[1] = count;
    }
}
