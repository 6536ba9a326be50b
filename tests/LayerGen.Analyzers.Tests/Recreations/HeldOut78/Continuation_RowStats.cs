// Idiom: continuation-passing helper `WithStats(row, (max, sum) => ...)` that computes a row's max and shifted sum and
// hands them to a callback, which builds the probabilities with `Array.ConvertAll`.
// Use: jagged batch of logits, one softmax per row.
// Layout: jagged double[batch][classes].
// Correct: the helper is given one row; its sum is of exps shifted by that row's max, and the callback shifts by the
// same max.
// Our own code.
using System;

namespace HeldOut78.Continuation_RowStats;

public static class RowContinuation
{
    private static void WithStats(double[] row, Action<double, double> k)
    {
        double max = double.NegativeInfinity;
        foreach (double v in row) max = Math.Max(max, v);
        double sum = 0;
        foreach (double v in row) sum += Math.Exp(v - max);
        k(max, sum);
    }

    public static double[][] Softmax(double[][] x)
    {
        var y = new double[x.Length][];
        for (int r = 0; r < x.Length; r++)
        {
            double[] row = x[r];
            WithStats(row, (max, sum) => y[r] = Array.ConvertAll(row, v => Math.Exp(v - max) / sum));
        }
        return y;
    }
}
