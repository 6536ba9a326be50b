// Re-creates: the column-major flat [classes, batch] softmax with the sum loop written `i++` where the other loops
// stride by `batch` — it sums from the sample's first logit to the end of the buffer.
// Layout: flat [classes, batch] (sample b's logits at b, b + batch, ...); softmax axis = classes. float.
// Bug: LG0002 (sum spans other samples' entries).
using System;

namespace LayerGen.Recreations.HeldOut3.StrideLoopSumTypo;

public static class ColumnSoftmax
{
    public static void Forward(float[] z, float[] a, int classes, int batch)
    {
        int n = classes * batch;
        for (int b = 0; b < batch; b++)
        {
            float max = float.NegativeInfinity;
            for (int i = b; i < n; i += batch)
            {
                max = MathF.Max(max, z[i]);
            }

            for (int i = b; i < n; i += batch)
            {
                a[i] = MathF.Exp(z[i] - max);
            }

            float sum = 0f;
            for (int i = b; i < n; i++)
            {
                sum += a[i]; //~ LG0002
            }

            for (int i = b; i < n; i += batch)
            {
                a[i] /= sum;
            }
        }
    }
}
