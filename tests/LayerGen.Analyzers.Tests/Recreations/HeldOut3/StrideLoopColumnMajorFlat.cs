// Re-creates: column-major course networks that keep activations as one flat [classes, batch] buffer (class c of
// sample b at c * batch + b) and walk each sample with a `i += batch` stride loop.
// Layout: flat [classes, batch] (sample b's logits at b, b + batch, ...); softmax axis = classes. float.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut3.StrideLoopColumnMajorFlat;

public static class ColumnSoftmax
{
    public static void Forward(float[] z, float[] a, int classes, int batch)
    {
        int n = classes * batch;
        for (int b = 0; b < batch; b++)
        {
            float max = z[b];
            for (int i = b + batch; i < n; i += batch)
            {
                max = MathF.Max(max, z[i]);
            }

            float sum = 0f;
            for (int i = b; i < n; i += batch)
            {
                a[i] = MathF.Exp(z[i] - max);
                sum += a[i];
            }

            for (int i = b; i < n; i += batch)
            {
                a[i] /= sum;
            }
        }
    }
}
