// Re-creates: a column-major flat output layer (BLAS-style storage, activations [classes, batch]) as in C# ports of cs231n / Andrew Ng course code
// Layout: flat float[] with element (class c, sample j) at c * batch + j; softmax per sample over classes
// Expected: Correct
using System;

namespace HeldOut2.ColumnMajorFlatSoftmax;

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

            float sum = 0f;
            for (int c = 0; c < classes; c++)
            {
                a[c * batch + j] = MathF.Exp(z[c * batch + j] - max);
                sum += a[c * batch + j];
            }

            for (int c = 0; c < classes; c++)
            {
                a[c * batch + j] /= sum;
            }
        }

        return a;
    }
}
