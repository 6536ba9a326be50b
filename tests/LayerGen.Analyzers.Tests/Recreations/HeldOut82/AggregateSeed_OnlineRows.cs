// Idiom: `Aggregate` seeded with a named tuple `(Max, Sum)` and a static lambda: the one-pass online softmax
// (rescale the running sum by `Math.Exp(acc.Max - v)` when a new max arrives), deconstructed with `var (max, sum)`.
// Use: per-row probabilities of a read-only list of rows.
// Layout: IReadOnlyList<double[]>, one softmax per row.
// Correct: every exp argument is ≤ 0 (running max), and the output uses the row's final max and sum.
// Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

#nullable enable

namespace HeldOut82.AggregateSeed_OnlineRows;

public static class Online
{
    public static double[][] Softmax(IReadOnlyList<double[]> rows)
    {
        var y = new double[rows.Count][];
        for (int r = 0; r < rows.Count; r++)
        {
            double[] row = rows[r];
            var (max, sum) = row.Aggregate(
                (Max: double.NegativeInfinity, Sum: 0.0),
                static (acc, v) => v > acc.Max
                    ? (v, acc.Sum * Math.Exp(acc.Max - v) + 1.0)
                    : (acc.Max, acc.Sum + Math.Exp(v - acc.Max)));
            y[r] = Array.ConvertAll(row, v => Math.Exp(v - max) / sum);
        }

        return y;
    }
}
