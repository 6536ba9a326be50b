// known gap: a max folded by a list-pattern walk `while (s is [var first, .. var others]) { ...; s = others; }` is not read as a fold, so the never-reset peak is not seen
// gap: -LG0001@22
// Idiom: `while (pending is [var first, .. var others])` walking a row slice by a list pattern, peak kept in a local
// Use: token scores of a decoder, one distribution per position
// Layout: flat ReadOnlySpan<double>, row-major, `classes` per row
// Bug: LG0001, `top` is declared above the row loop and never reset, so each row is shifted by the peak of all rows so far
// Our own code
using System;

namespace HeldOut86.ListPatterns_WhilePeakCarried;

public static class PositionSoftmax
{
    public static void Forward(ReadOnlySpan<double> x, Span<double> y, int classes)
    {
        double top = double.NegativeInfinity;
        for (int start = 0; start + classes <= x.Length; start += classes)
        {
            ReadOnlySpan<double> pending = x.Slice(start, classes);
            while (pending is [var first, .. var others])
            {
                if (first > top) //~ LG0001
                {
                    top = first;
                }

                pending = others;
            }

            double total = 0.0;
            for (int j = 0; j < classes; j++)
            {
                double e = Math.Exp(x[start + j] - top);
                y[start + j] = e;
                total += e;
            }

            for (int j = 0; j < classes; j++)
            {
                y[start + j] /= total;
            }
        }
    }
}
