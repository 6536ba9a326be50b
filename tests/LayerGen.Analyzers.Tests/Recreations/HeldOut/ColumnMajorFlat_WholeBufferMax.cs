// Variant (our own code) of the column-major flat softmax (olegtarasov/Retia, Retia/Mathematics/SoftMax.cs layout:
// element (c, s) at c * batch + s): the maximum is one pass over the whole buffer (`for i < z.Length`) before the
// per-sample exps and sums.
// Layout: flat double[classes * batch], strided columns. Bug (LG0001): the maximum spans every sample.
using System;

namespace HeldOut.ColumnMajorFlatWholeBufferMax;

public static class StridedSoftmax
{
    public static double[] Forward(double[] z, int classes, int batch)
    {
        double max = double.NegativeInfinity;
        for (int i = 0; i < z.Length; i++)
        {
            if (z[i] > max) //~ LG0001
            {
                max = z[i];
            }
        }

        var p = new double[z.Length];
        for (int s = 0; s < batch; s++)
        {
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
