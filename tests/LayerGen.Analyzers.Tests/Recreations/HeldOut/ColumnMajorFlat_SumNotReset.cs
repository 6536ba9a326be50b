// Variant (our own code) of the column-major flat softmax (olegtarasov/Retia layout, element (c, s) at
// c * batch + s): the per-sample maximum is right, but the sum is declared once before the sample loop and keeps
// growing from sample to sample.
// Layout: flat float[classes * batch], strided columns. Bug (LG0002): the sum is never reset per sample.
using System;

namespace HeldOut.ColumnMajorFlatSumNotReset;

public static class StridedSoftmax
{
    public static void Forward(float[] z, float[] p, int classes, int batch)
    {
        float sum = 0f;
        for (int s = 0; s < batch; s++)
        {
            float max = float.NegativeInfinity;
            for (int c = 0; c < classes; c++)
            {
                max = MathF.Max(max, z[c * batch + s]);
            }

            for (int c = 0; c < classes; c++)
            {
                p[c * batch + s] = MathF.Exp(z[c * batch + s] - max);
                sum += p[c * batch + s]; //~ LG0002
            }

            for (int c = 0; c < classes; c++)
            {
                p[c * batch + s] /= sum;
            }
        }
    }
}
