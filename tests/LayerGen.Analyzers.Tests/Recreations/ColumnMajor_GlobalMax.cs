// Variant (our own code) of the column-major output layer of ColumnMajor_ZwxPerColumn.cs
// (dani2442/ConcursoModelizacion Softmax.h; olegtarasov/Retia layout) with the common simplification of one
// max over the whole matrix (Eigen's Z.maxCoeff() instead of Z.colwise().maxCoeff()).
// Layout: column-major double[classes, batch]. Bug (LG0001): the max spans every sample; a sample whose
// logits sit ~1000 below another's underflows to 0/0 = NaN. The sum is correctly per column.
using System;

namespace Recreations.ColumnMajorGlobalMax;

public static class OutputLayer
{
    public static double[,] Activate(double[,] z)
    {
        int classes = z.GetLength(0);
        int samples = z.GetLength(1);
        double max = double.NegativeInfinity;
        for (int k = 0; k < classes; k++)
        {
            for (int s = 0; s < samples; s++)
            {
                max = Math.Max(max, z[k, s]); //~ LG0001
            }
        }

        var a = new double[classes, samples];
        for (int s = 0; s < samples; s++)
        {
            double colSum = 0;
            for (int k = 0; k < classes; k++)
            {
                a[k, s] = Math.Exp(z[k, s] - max);
                colSum += a[k, s];
            }

            for (int k = 0; k < classes; k++)
            {
                a[k, s] /= colSum;
            }
        }

        return a;
    }
}
