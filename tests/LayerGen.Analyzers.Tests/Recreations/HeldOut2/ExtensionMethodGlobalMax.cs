// Re-creates: a small C# matrix library's extension methods (MatrixExtensions.cs: MaxValue, Softmax) where the max helper scans the whole matrix
// Layout: double[,] row-major [batch, classes]; max from an extension method on the matrix
// Expected: LG0001 — MaxValue() folds every element of the batch
using System;

namespace HeldOut2.ExtensionMethodGlobalMax;

public static class MatrixExtensions
{
    public static double MaxValue(this double[,] m)
    {
        double best = double.NegativeInfinity;
        for (int i = 0; i < m.GetLength(0); i++)
        {
            for (int j = 0; j < m.GetLength(1); j++)
            {
                best = Math.Max(best, m[i, j]);
            }
        }

        return best;
    }

    public static double[,] SoftmaxRows(this double[,] m)
    {
        double max = m.MaxValue(); //~ LG0001
        var r = new double[m.GetLength(0), m.GetLength(1)];
        for (int i = 0; i < m.GetLength(0); i++)
        {
            double sum = 0;
            for (int j = 0; j < m.GetLength(1); j++)
            {
                r[i, j] = Math.Exp(m[i, j] - max);
                sum += r[i, j];
            }

            for (int j = 0; j < m.GetLength(1); j++)
            {
                r[i, j] /= sum;
            }
        }

        return r;
    }
}
