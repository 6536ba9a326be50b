// Re-creation (our own code) of the column-major flat softmax (olegtarasov/Retia layout, element (c, s) at
// c * batch + s) with per-sample sums in an array and one flat division pass, `p[k] /= sums[k % batch]`.
// Layout: flat float[classes * batch], strided columns; flat pass indexed by k % batch. Correct.
using System;

namespace HeldOut.ColumnMajorFlatSumsArrayFlatPass;

public static class StridedSoftmax
{
    public static float[] Forward(float[] z, int classes, int batch)
    {
        var p = new float[z.Length];
        var sums = new float[batch];
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
                sums[s] += p[c * batch + s];
            }
        }

        for (int k = 0; k < p.Length; k++)
        {
            p[k] /= sums[k % batch];
        }

        return p;
    }
}
