// Idiom: private static methods `Larger`/`Plus` passed as `Func<double, double, double>` method groups to the file's
// own `Combine(ReadOnlySpan<double>, seed, op)` helper.
// Use: row softmax of a flat buffer.
// Layout: flat double[batch * n], row-major, rows viewed with `AsSpan(r * n, n)`.
// Correct: the helper is given one row for the max and the same row's exps for the sum.
// Our own code.
using System;

#nullable enable

namespace HeldOut82.MethodGroup_CombinerRows;

public static class Combined
{
    private static double Larger(double a, double b) => a >= b ? a : b;

    private static double Plus(double a, double b) => a + b;

    private static double Combine(ReadOnlySpan<double> values, double seed, Func<double, double, double> op)
    {
        double acc = seed;
        foreach (double v in values) acc = op(acc, v);
        return acc;
    }

    public static double[] Softmax(double[] x, int n)
    {
        var y = new double[x.Length];
        for (int r = 0; r < x.Length / n; r++)
        {
            ReadOnlySpan<double> row = x.AsSpan(r * n, n);
            Span<double> outRow = y.AsSpan(r * n, n);
            double m = Combine(row, double.NegativeInfinity, Larger);
            for (int j = 0; j < n; j++) outRow[j] = Math.Exp(row[j] - m);
            double s = Combine(outRow, 0.0, Plus);
            for (int j = 0; j < n; j++) outRow[j] /= s;
        }

        return y;
    }
}
