// Idiom: reversed loops — rows walked from the last, columns counted down (`j--`, `j-- > 0`, `--j`).
// Use: softmax of variable-length score rows (one row per query).
// Layout: jagged double[][]; each row its own length; returns new rows.
// Correct: per-row max from the last cell, per-row sum, both local to the row iteration.
// Our own code.
using System;

namespace HeldOut79.Reversed_JaggedRows;

public static class QuerySoftmax
{
    public static double[][] Run(double[][] x)
    {
        var y = new double[x.Length][];
        for (int r = x.Length - 1; r >= 0; r--)
        {
            double[] row = x[r];
            var o = new double[row.Length];
            double m = row[^1];
            for (int j = row.Length - 2; j >= 0; j--) m = Math.Max(m, row[j]);
            double s = 0;
            for (int j = row.Length; j-- > 0;)
            {
                o[j] = Math.Exp(row[j] - m);
                s += o[j];
            }
            for (int j = o.Length - 1; j >= 0; --j) o[j] /= s;
            y[r] = o;
        }
        return y;
    }
}
