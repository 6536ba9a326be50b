// Source: streaming scoring iterators in C# (IEnumerable pipelines that keep a "best so far" across the stream),
// re-created with the stream's running maximum used as the softmax shift.
// Layout: IEnumerable of double[] rows; one softmax per row.
// Bug LG0001: `peak` is declared outside the iterator's loop and never reset, so it is the max of every row so far.
using System;
using System.Collections.Generic;

namespace HeldOut6.YieldReturnRunningMax;

public static class StreamingPeakSoftmax
{
    public static IEnumerable<double[]> Probabilities(IEnumerable<double[]> rows)
    {
        double peak = double.NegativeInfinity;
        foreach (double[] row in rows)
        {
            for (int i = 0; i < row.Length; i++)
            {
                if (row[i] > peak) peak = row[i]; //~ LG0001
            }

            var p = new double[row.Length];
            double s = 0;
            for (int i = 0; i < row.Length; i++)
            {
                p[i] = Math.Exp(row[i] - peak);
                s += p[i];
            }

            for (int i = 0; i < row.Length; i++)
            {
                p[i] /= s;
            }

            yield return p;
        }
    }
}
