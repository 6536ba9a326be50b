// Source: column-major course networks in C# (activations stored [classes, batch], Z = W·X, one sample per column;
// Retia-style SoftMaxNorm over a column-major array), re-created on double[classes, batch].
// Layout: double[K, N]; the softmax runs down each column (over K for one sample).
// Bug LG0002: the max is per column, but `z` is summed over the whole matrix before the division.
using System;

namespace HeldOut6.ColumnMajorWholeMatrixSum;

public static class ColumnMajorSoftmax
{
    public static double[,] Forward(double[,] z)
    {
        int k = z.GetLength(0);
        int n = z.GetLength(1);
        var a = new double[k, n];
        var colMax = new double[n];
        for (int j = 0; j < n; j++)
        {
            colMax[j] = z[0, j];
            for (int i = 1; i < k; i++) colMax[j] = Math.Max(colMax[j], z[i, j]);
        }

        double total = 0;
        for (int j = 0; j < n; j++)
        {
            for (int i = 0; i < k; i++)
            {
                a[i, j] = Math.Exp(z[i, j] - colMax[j]);
                total += a[i, j]; //~ LG0002
            }
        }

        for (int j = 0; j < n; j++)
        {
            for (int i = 0; i < k; i++) a[i, j] /= total;
        }

        return a;
    }
}
