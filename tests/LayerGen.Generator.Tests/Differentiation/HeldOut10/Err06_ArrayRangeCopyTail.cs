// expect: error
// Signal: first differences of a smoothed row, with the smoothed values in a heap double[] and the shifted copy taken
// as `double[] tail = smooth[1..];` (NumPy's `s[1:]`): on an array a range is a copy in C#, not a view, and outside the
// subset (write `smooth.AsSpan(1..)`). The error belongs to that declaration.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(8, 7)]
public partial class ArrayRangeCopyTail
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double[] smooth = new double[8];
        for (int i = 0; i < 8; i++)
            smooth[i] = 0.25 * x[Math.Max(i - 1, 0)] + 0.5 * x[i] + 0.25 * x[Math.Min(i + 1, 7)];
        double[] tail = smooth[1..]; //~ LG11
        for (int i = 0; i < y.Length; i++) y[i] = tail[i] - smooth[i];
    }
}
