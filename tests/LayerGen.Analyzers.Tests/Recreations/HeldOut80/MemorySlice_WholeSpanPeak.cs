// Idiom: in-place softmax over a Memory<double>; rows taken with a range on the Memory (buffer[start..end].Span).
// Use: normalising a pooled activation buffer before it is handed back to the caller.
// Layout: flat row-major Memory<double> [rows * width], updated in place.
// Bug: LG0001 — the peak is folded once over buffer.Span, the whole buffer, and subtracted in every row.
// Our own code.
#nullable enable
using System;

namespace HeldOut80.MemorySlice_WholeSpanPeak;

public static class InPlaceSoftmax
{
    public static void Apply(Memory<double> buffer, int width)
    {
        double top = double.MinValue;
        Span<double> all = buffer.Span;
        for (int i = 0; i < all.Length; i++)
        {
            if (all[i] > top) top = all[i]; //~ LG0001
        }

        for (int start = 0; start < buffer.Length; start += width)
        {
            Span<double> row = buffer[start..(start + width)].Span;
            double norm = 0.0;
            foreach (ref double v in row)
            {
                v = Math.Exp(v - top);
                norm += v;
            }

            foreach (ref double v in row)
            {
                v /= norm;
            }
        }
    }
}
