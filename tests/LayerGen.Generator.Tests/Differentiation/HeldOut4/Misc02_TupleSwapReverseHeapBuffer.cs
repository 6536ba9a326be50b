// tanh of the row reversed in place in a heap array (`new double[n]`, as a NumPy port of x[::-1] would allocate), the
// reversal a `while` with two converging indices and tuple swaps, then a residual with the unreversed input.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(9)]
public partial class TupleSwapReverseHeapBuffer
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        var buffer = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
            buffer[i] = Math.Tanh(x[i]);
        int left = 0, right = x.Length - 1;
        while (left < right)
        {
            (buffer[left], buffer[right]) = (buffer[right], buffer[left]);
            left++;
            right--;
        }
        for (int i = 0; i < x.Length; i++)
            y[i] = buffer[i] + 0.1 * x[i];
    }
}
