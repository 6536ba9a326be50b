// Re-creates: the column-major output layer of a from-scratch C# MLP (Z = W·X), with one max for the whole matrix
// Layout: double[,] column-major: first index class, second index sample
// Expected: LG0001 — the max spans every sample, not one column
using System;

namespace HeldOut2.ColumnMajorGlobalMax;

public static class SoftmaxActivation
{
    public static double[,] Activate(double[,] z)
    {
        int classes = z.GetLength(0);
        int batch = z.GetLength(1);
        double max = double.NegativeInfinity;
        for (int i = 0; i < classes; i++)
        {
            for (int j = 0; j < batch; j++)
            {
                max = Math.Max(max, z[i, j]); //~ LG0001
            }
        }

        var a = new double[classes, batch];
        for (int j = 0; j < batch; j++)
        {
            double sum = 0;
            for (int i = 0; i < classes; i++)
            {
                a[i, j] = Math.Exp(z[i, j] - max);
                sum += a[i, j];
            }

            for (int i = 0; i < classes; i++)
            {
                a[i, j] /= sum;
            }
        }

        return a;
    }
}
