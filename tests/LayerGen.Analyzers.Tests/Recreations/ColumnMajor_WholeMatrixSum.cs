// Variant (our own code) of the column-major output layer of ColumnMajor_ZwxPerColumn.cs
// (dani2442/ConcursoModelizacion Softmax.h; olegtarasov/Retia layout): the per-column max is right, but the
// exps are divided by one sum over the whole matrix (Eigen's A.sum() instead of A.colwise().sum(), the
// "softmax /= softmax.Sum()" of whole-matrix code).
// Layout: column-major float[classes, batch]. Bug (LG0002): the sum spans every sample, so no column sums to 1.
using System;

namespace Recreations.ColumnMajorWholeMatrixSum;

public static class OutputLayer
{
    public static float[,] Activate(float[,] z)
    {
        int classes = z.GetLength(0);
        int samples = z.GetLength(1);
        var a = new float[classes, samples];
        float total = 0f;
        for (int s = 0; s < samples; s++)
        {
            float colMax = float.NegativeInfinity;
            for (int k = 0; k < classes; k++)
            {
                colMax = MathF.Max(colMax, z[k, s]);
            }

            for (int k = 0; k < classes; k++)
            {
                a[k, s] = MathF.Exp(z[k, s] - colMax);
                total += a[k, s]; //~ LG0002
            }
        }

        for (int s = 0; s < samples; s++)
        {
            for (int k = 0; k < classes; k++)
            {
                a[k, s] /= total;
            }
        }

        return a;
    }
}
