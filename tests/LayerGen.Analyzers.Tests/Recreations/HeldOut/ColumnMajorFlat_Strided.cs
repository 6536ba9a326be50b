// Re-creation (our own code) of the column-major flat softmax of olegtarasov/Retia (Retia/Mathematics/SoftMax.cs)
// and of Z = W·X code that stores a [classes, batch] matrix in one array: element (c, s) at c * batch + s, so a
// sample's classes are strided by the batch size.
// Layout: flat double[classes * batch], stride = batch along the softmax axis. Correct: max and sum per sample.
using System;

namespace HeldOut.ColumnMajorFlatStrided;

public static class StridedSoftmax
{
    public static double[] Forward(double[] z, int classes, int batch)
    {
        var p = new double[z.Length];
        for (int s = 0; s < batch; s++)
        {
            double max = double.NegativeInfinity;
            for (int c = 0; c < classes; c++)
            {
                max = Math.Max(max, z[c * batch + s]);
            }

            double sum = 0;
            for (int c = 0; c < classes; c++)
            {
                int at = c * batch + s;
                p[at] = Math.Exp(z[at] - max);
                sum += p[at];
            }

            for (int c = 0; c < classes; c++)
            {
                p[c * batch + s] /= sum;
            }
        }

        return p;
    }
}
