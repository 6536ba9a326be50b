// Re-creates: a column-major flat output layer (activations [classes, batch]) whose sum runs over every element
// Layout: flat float[] with element (class c, sample j) at c * batch + j
// Expected: LG0002 — the sum spans all classes and all samples
using System;

namespace HeldOut2.ColumnMajorFlatTotalSum;

public static class DenseOutput
{
    public static float[] Softmax(float[] z, int classes, int batch)
    {
        var a = new float[z.Length];
        for (int j = 0; j < batch; j++)
        {
            float max = z[j];
            for (int c = 1; c < classes; c++)
            {
                max = MathF.Max(max, z[c * batch + j]);
            }

            for (int c = 0; c < classes; c++)
            {
                a[c * batch + j] = MathF.Exp(z[c * batch + j] - max);
            }
        }

        float sum = 0f;
        for (int c = 0; c < classes; c++)
        {
            for (int j = 0; j < batch; j++)
            {
                sum += a[c * batch + j]; //~ LG0002
            }
        }

        for (int k = 0; k < a.Length; k++)
        {
            a[k] /= sum;
        }

        return a;
    }
}
