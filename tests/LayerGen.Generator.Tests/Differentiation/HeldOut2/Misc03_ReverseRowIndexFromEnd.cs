// Reversal of a float row (np.flip / x[::-1]) written as a write to y[n - 1 - i].
// Re-creates: numpy.flip for one row (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(8)]
public partial class ReverseRowIndexFromEnd
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        int n = x.Length;
        for (int i = 0; i < n; i++)
            y[n - 1 - i] = x[i];
    }
}
