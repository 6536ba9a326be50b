// Re-creates: the column-major output layer of a from-scratch C# MLP (Z = W·X) where the max loop was written as if the first index were the sample
// Layout: double[,] column-major: first index class, second index sample; softmax per sample over classes
// Expected: LG0004 — max over samples (per class), sum over classes (per sample)
using System;

namespace HeldOut2.ColumnMajorMaxPerClass;

public static class SoftmaxActivation
{
    public static double[,] Activate(double[,] z)
    {
        int classes = z.GetLength(0);
        int batch = z.GetLength(1);
        var max = new double[classes];
        for (int i = 0; i < classes; i++)
        {
            max[i] = double.NegativeInfinity;
            for (int j = 0; j < batch; j++)
            {
                if (z[i, j] > max[i]) max[i] = z[i, j]; //~ LG0004
            }
        }

        var a = new double[classes, batch];
        for (int j = 0; j < batch; j++)
        {
            double sum = 0;
            for (int i = 0; i < classes; i++)
            {
                a[i, j] = Math.Exp(z[i, j] - max[i]);
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
