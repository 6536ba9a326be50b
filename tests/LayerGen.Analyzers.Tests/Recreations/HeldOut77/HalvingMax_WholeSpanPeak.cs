// Idiom: recursive max of a span split in halves (Peak(s[..half]), Peak(s[half..])).
// Use: a batch of score rows normalised in place, one softmax per row of `width`.
// Layout: ReadOnlySpan<double> of rows * width, row-major, rows walked with Slice(off, width).
// Bug (LG0001): Peak is handed the whole batch span, so every row is shifted by the batch max; a row far below it
// underflows to 0/0. Marked at the call whose result is subtracted (the helper is right for what it is given).
// Our own code.
#nullable enable
using System;

namespace HeldOut77.HalvingMax_WholeSpanPeak;

public static class BatchedSoftmax
{
    private static double Peak(ReadOnlySpan<double> s)
    {
        if (s.Length == 1)
        {
            return s[0];
        }

        int half = s.Length >> 1;
        double left = Peak(s[..half]);
        double right = Peak(s[half..]);
        return left >= right ? left : right;
    }

    public static void Run(ReadOnlySpan<double> logits, Span<double> probs, int width)
    {
        double peak = Peak(logits); //~ LG0001
        for (int off = 0; off < logits.Length; off += width)
        {
            ReadOnlySpan<double> row = logits.Slice(off, width);
            Span<double> dst = probs.Slice(off, width);
            double z = 0.0;
            for (int k = 0; k < width; k++)
            {
                dst[k] = Math.Exp(row[k] - peak);
                z += dst[k];
            }

            for (int k = 0; k < width; k++)
            {
                dst[k] /= z;
            }
        }
    }
}
