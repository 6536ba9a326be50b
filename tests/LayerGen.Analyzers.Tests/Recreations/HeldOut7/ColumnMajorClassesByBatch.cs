// Source: from-scratch MLPs in C# that follow Andrew Ng's course notation Z = W . X (activations stored
// [classes, batch], one column per example), softmax over each column.
// Layout: double[classes, batch] column-major; softmax over classes (rows) for each example (column).
// Correct.
using System;

namespace HeldOut7.ColumnMajorClassesByBatch
{
    public static class OutputLayer
    {
        public static double[,] Activate(double[,] z)
        {
            int classes = z.GetLength(0);
            int batch = z.GetLength(1);
            var a = new double[classes, batch];
            for (int j = 0; j < batch; j++)
            {
                double colMax = z[0, j];
                for (int i = 1; i < classes; i++)
                {
                    colMax = Math.Max(colMax, z[i, j]);
                }

                double colSum = 0;
                for (int i = 0; i < classes; i++)
                {
                    a[i, j] = Math.Exp(z[i, j] - colMax);
                    colSum += a[i, j];
                }

                for (int i = 0; i < classes; i++)
                {
                    a[i, j] /= colSum;
                }
            }

            return a;
        }
    }
}
