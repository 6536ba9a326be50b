// Idiom: two spans over one workspace buffer — `Span<double> shifted = work.AsSpan(0, n)` and `Span<double> exps =
// work.AsSpan(n, n)`, the workspace reused for every row.
// Use: softmax per sample, output written to a separate array. Layout: jagged double[batch][classes] in and out.
// Correct: the max is folded over the row itself, the sum over the `exps` half only.
// Our own code.
using System;

namespace HeldOut76.SplitWorkspace_AdjacentSpans;

public static class Workspace
{
    public static double[][] Softmax(double[][] x)
    {
        int n = x.Length == 0 ? 0 : x[0].Length;
        var work = new double[2 * n];
        Span<double> shifted = work.AsSpan(0, n);
        Span<double> exps = work.AsSpan(n, n);
        var y = new double[x.Length][];
        for (int b = 0; b < x.Length; b++)
        {
            double[] row = x[b];
            double mx = double.NegativeInfinity;
            for (int i = 0; i < n; i++)
            {
                mx = Math.Max(mx, row[i]);
            }

            for (int i = 0; i < n; i++)
            {
                shifted[i] = row[i] - mx;
            }

            double s = 0.0;
            for (int i = 0; i < n; i++)
            {
                exps[i] = Math.Exp(shifted[i]);
                s += exps[i];
            }

            y[b] = new double[n];
            for (int i = 0; i < n; i++)
            {
                y[b][i] = exps[i] / s;
            }
        }

        return y;
    }
}
