// Re-creates: course-style C# networks that keep activations column-major (Z = W·X, one column per sample, as in
// the Coursera/Andrew Ng ports): softmax down each column with a ternary max.
// Layout: double[classes, batch]; softmax axis = classes (dimension 0).
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut3.ColumnMajorZWxSoftmax;

public static class OutputLayer
{
    public static double[,] Softmax(double[,] z)
    {
        int classes = z.GetLength(0);
        int batch = z.GetLength(1);
        var a = new double[classes, batch];
        for (int j = 0; j < batch; j++)
        {
            double max = z[0, j];
            for (int i = 1; i < classes; i++)
            {
                max = z[i, j] > max ? z[i, j] : max;
            }

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
