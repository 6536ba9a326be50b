// Idiom: ranges on spans: the row is `x.Slice(start, classes)`, but the max is folded over the open-ended range
// `x[start..]` (written for the row, forgetting the end index). Our own code.
// Use: per-sample class probabilities. Layout: ReadOnlySpan<double> in, Span<double> out, row-major, stride classes.
// Bug LG0001: the max spans this row and every later row (a row 1000 below a later row gives 0/0 = NaN).
using System;

namespace HeldOut68.RangeSlices_OpenEndedMax;

public static class SpanRangeSoftmax
{
    public static void Softmax(ReadOnlySpan<double> x, Span<double> y, int classes)
    {
        for (int start = 0; start < x.Length; start += classes)
        {
            ReadOnlySpan<double> row = x.Slice(start, classes);
            double max = double.NegativeInfinity;
            foreach (double v in x[start..]) max = Math.Max(max, v); //~ LG0001
            double sum = 0;
            for (int j = 0; j < row.Length; j++) sum += Math.Exp(row[j] - max);
            for (int j = 0; j < row.Length; j++) y[start + j] = Math.Exp(row[j] - max) / sum;
        }
    }
}
