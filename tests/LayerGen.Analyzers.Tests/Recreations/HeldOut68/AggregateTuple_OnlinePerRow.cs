// Idiom: one-pass `Aggregate` fold with a named tuple accumulator `(Max, Sum)` (the online softmax: the running sum is
// rescaled by exp(oldMax - newMax) whenever the max grows) over `Enumerable.Range(0, cols)`, deconstructed into
// `var (max, sum)`. Inspired by LINQ Aggregate tutorials (dotnettutorials "LINQ Aggregate Operators"); our own code.
// Use: per-sample class probabilities. Layout: row-major double[batch, classes], one softmax per row; Math.Exp.
// Correct.
using System;
using System.Linq;

namespace HeldOut68.AggregateTuple_OnlinePerRow;

public static class OnlineSoftmax
{
    public static double[,] Softmax(double[,] x)
    {
        int rows = x.GetLength(0), cols = x.GetLength(1);
        var y = new double[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            var (max, sum) = Enumerable.Range(0, cols).Aggregate(
                (Max: double.NegativeInfinity, Sum: 0.0),
                (acc, j) =>
                {
                    double m = Math.Max(acc.Max, x[r, j]);
                    return (m, acc.Sum * Math.Exp(acc.Max - m) + Math.Exp(x[r, j] - m));
                });
            for (int j = 0; j < cols; j++)
                y[r, j] = Math.Exp(x[r, j] - max) / sum;
        }

        return y;
    }
}
