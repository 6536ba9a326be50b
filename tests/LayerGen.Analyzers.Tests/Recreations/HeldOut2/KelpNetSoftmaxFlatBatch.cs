// Re-creates: KelpNet (harujoh/KelpNet) KelpNet/Functions/Activations/Softmax.cs, SingleInputForward
// Layout: flat float[] batch, row-major [batch, n], per-batch offset b * n
// Expected: Correct
using System;

namespace HeldOut2.KelpNetSoftmaxFlatBatch;

public static class Softmax
{
    public static float[] Forward(float[] x, int batchCount, int n)
    {
        var y = new float[x.Length];
        for (int b = 0; b < batchCount; b++)
        {
            int indexOffset = b * n;
            float maxval = x[indexOffset];
            for (int i = 1; i < n; i++)
            {
                if (maxval < x[indexOffset + i]) maxval = x[indexOffset + i];
            }

            float sumval = 0;
            for (int i = 0; i < n; i++)
            {
                y[indexOffset + i] = MathF.Exp(x[indexOffset + i] - maxval);
                sumval += y[indexOffset + i];
            }

            for (int i = 0; i < n; i++)
            {
                y[indexOffset + i] /= sumval;
            }
        }

        return y;
    }
}
