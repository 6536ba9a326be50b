// Idiom: MemoryMarshal.CreateSpan(ref m[0, 0], m.Length) flattens a rectangular double[,]; rows are then Span slices.
// Use: softmax per row of a [batch, classes] matrix through a span fast path.
// Layout: double[batch, classes] in, a new double[batch, classes] out, both flattened row-major.
// Label: Correct.
// Our own code.
#nullable enable
using System;
using System.Runtime.InteropServices;

namespace HeldOut80.MemoryMarshal_CreateSpanRows;

public static class FlatView
{
    public static double[,] Softmax(double[,] m)
    {
        int k = m.GetLength(1);
        var y = new double[m.GetLength(0), k];
        Span<double> src = MemoryMarshal.CreateSpan(ref m[0, 0], m.Length);
        Span<double> dst = MemoryMarshal.CreateSpan(ref y[0, 0], y.Length);
        for (int start = 0; start < src.Length; start += k)
        {
            Span<double> row = src.Slice(start, k);
            Span<double> outRow = dst.Slice(start, k);
            double mx = double.NegativeInfinity;
            foreach (double v in row)
            {
                mx = v > mx ? v : mx;
            }

            double s = 0;
            for (int j = 0; j < k; j++)
            {
                outRow[j] = Math.Exp(row[j] - mx);
                s += outRow[j];
            }

            for (int j = 0; j < k; j++)
            {
                outRow[j] /= s;
            }
        }

        return y;
    }
}
