// Idiom: one-pass online softmax as `Aggregate` with a named tuple seed `(Max: -∞, Sum: 0.0)` and a ternary rescale.
// Use: streaming normaliser per row of a score matrix.
// Layout: double[batch, classes]; each row read through `Enumerable.Range(0, cols).Select(j => x[r, j])`.
// Correct: every exp argument is ≤ 0 (a rescale by the old peak minus the new one, or a value minus the running peak);
// the final exps subtract the row's peak.
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut83.AggregateSeed_OnlineRows;

public static class OnlineRows
{
    public static double[,] Softmax(double[,] x)
    {
        int rows = x.GetLength(0), cols = x.GetLength(1);
        var y = new double[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            var (max, sum) = Enumerable.Range(0, cols).Select(j => x[r, j]).Aggregate(
                (Max: double.NegativeInfinity, Sum: 0.0),
                (acc, v) => v > acc.Max
                    ? (v, acc.Sum * Math.Exp(acc.Max - v) + 1.0)
                    : (acc.Max, acc.Sum + Math.Exp(v - acc.Max)));
            for (int j = 0; j < cols; j++)
                y[r, j] = Math.Exp(x[r, j] - max) / sum;
        }
        return y;
    }
}
