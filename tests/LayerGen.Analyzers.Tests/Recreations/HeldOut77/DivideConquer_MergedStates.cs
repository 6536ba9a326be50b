// Idiom: divide and conquer over a row with merged (Max, Sum) states — each half returns its max and its sum of
// exp(v - max); the merge rescales both sums to the larger max (the online-softmax combine, written recursively).
// Use: per-sample softmax over a list of rows.
// Layout: List<double[]>, one softmax per row; ConvertAll with a block lambda.
// Correct: the leaf state is (v, 1) = (v, exp(v - v)); every merge exp has a non-positive argument.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;

namespace HeldOut77.DivideConquer_MergedStates;

public static class MergedStates
{
    private static (double Max, double Sum) Reduce(double[] row, int lo, int hi)
    {
        if (hi - lo == 1)
        {
            return (row[lo], 1.0);
        }

        int mid = (lo + hi) >>> 1;
        var (ml, sl) = Reduce(row, lo, mid);
        var (mr, sr) = Reduce(row, mid, hi);
        double m = Math.Max(ml, mr);
        return (m, (sl * Math.Exp(ml - m)) + (sr * Math.Exp(mr - m)));
    }

    public static List<double[]> Softmax(List<double[]> rows) => rows.ConvertAll(row =>
    {
        var (m, s) = Reduce(row, 0, row.Length);
        var p = new double[row.Length];
        for (int j = 0; j < row.Length; j++)
        {
            p[j] = Math.Exp(row[j] - m) / s;
        }

        return p;
    });
}
