// Re-creates: KelpNet (harujoh/KelpNet) KelpNet/Functions/Activations/Softmax.cs, with the max hoisted out of the batch loop
// Layout: flat float[] batch, row-major [batch, n]
// Expected: LG0001 — one max over the whole flat batch (a row far below it underflows to 0/0)
using System;

namespace HeldOut2.KelpNetSoftmaxGlobalMax;

public static class Softmax
{
    public static float[] Forward(float[] x, int batchCount, int n)
    {
        var y = new float[x.Length];
        float maxval = float.MinValue;
        for (int i = 0; i < x.Length; i++)
        {
            if (maxval < x[i]) maxval = x[i]; //~ LG0001
        }

        for (int b = 0; b < batchCount; b++)
        {
            int indexOffset = b * n;
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
