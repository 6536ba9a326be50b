// Idiom: grid-stride loop over every element, each "thread" accumulating exps as it strides through the buffer.
// Use: softmax over samples stored class-major; a per-sample max kernel, then a grid-stride pass that accumulates the
// normaliser, then element-wise division.
// Layout: flat float[classes * batch], class-major (sample b, class c at c * batch + b); per-sample max in float[batch].
// Bug (LG0002): the grid-stride pass adds the exps of every element of the buffer into one denominator, so each sample
// is divided by the whole batch's total instead of its own sum.
// Our own code.
#nullable enable
using System;

namespace HeldOut96.GridStride_ColumnMajorGridTotal;

public static class ClassMajorGridKernels
{
    public static float[] Softmax(float[] z, int classes, int batch, int gridDim = 4)
    {
        var peak = new float[batch];
        for (int b = 0; b < batch; b++)
        {
            float m = float.NegativeInfinity;
            for (int c = 0; c < classes; c++)
            {
                m = MathF.Max(m, z[c * batch + b]);
            }

            peak[b] = m;
        }

        var e = new float[z.Length];
        float denominator = 0f;
        for (int thread = 0; thread < gridDim; thread++)
        {
            for (int idx = thread; idx < z.Length; idx += gridDim)
            {
                e[idx] = MathF.Exp(z[idx] - peak[idx % batch]);
                denominator += e[idx]; //~ LG0002
            }
        }

        for (int idx = 0; idx < e.Length; idx++)
        {
            e[idx] /= denominator;
        }

        return e;
    }
}
