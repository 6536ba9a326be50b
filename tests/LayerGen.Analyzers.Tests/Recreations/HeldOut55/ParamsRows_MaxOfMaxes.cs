// Idiom: a `params double[][]` helper that writes into caller-provided outputs; the shift is one LINQ call
// `rows.Max(r => r.Max())` over all arguments, then an indexed loop per row.
// Layout: `params double[][]` (jagged), one softmax per row. Bug: LG0001 (max of maxes over every row).
using System;
using System.Linq;

namespace HeldOut55.ParamsRows_MaxOfMaxes;

public static class SoftmaxBatch
{
    /// <summary>Returns the softmax of each of <paramref name="rows"/>.</summary>
    public static double[][] Compute(params double[][] rows)
    {
        double shift = rows.Max(r => r.Max()); //~ LG0001
        var result = new double[rows.Length][];
        for (int r = 0; r < rows.Length; r++)
        {
            double[] x = rows[r];
            var y = new double[x.Length];
            double sum = 0.0;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = Math.Exp(x[i] - shift);
                sum += y[i];
            }

            for (int i = 0; i < y.Length; i++)
            {
                y[i] /= sum;
            }

            result[r] = y;
        }

        return result;
    }
}
