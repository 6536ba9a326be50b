// Idiom: recursion over rows (Rows(x, y, r + 1)) allocating each output row as it goes.
// Use: per-sample class probabilities from a jagged batch.
// Layout: jagged double[batch][classes].
// Bug (LG0003): the row's exps are of the raw logits, no max subtracted; overflow to ∞/∞ = NaN above ~709.
// Our own code.
#nullable enable
using System;

namespace HeldOut77.RowRecursion_RawJaggedRows;

public static class JaggedRows
{
    public static double[][] Softmax(double[][] x)
    {
        var y = new double[x.Length][];
        Rows(x, y, 0);
        return y;
    }

    private static void Rows(double[][] x, double[][] y, int r)
    {
        if (r >= x.Length)
        {
            return;
        }

        double[] src = x[r];
        double[] dst = y[r] = new double[src.Length];
        double total = 0.0;
        for (int k = 0; k < src.Length; k++)
        {
            dst[k] = Math.Exp(src[k]); //~ LG0003
            total += dst[k];
        }

        for (int k = 0; k < src.Length; k++)
        {
            dst[k] /= total;
        }

        Rows(x, y, r + 1);
    }
}
