// Variant (our own code) of KelpNet's batched softmax (harujoh/KelpNet, KelpNet.Functions.Activations.Softmax:
// rows at i + b * length in a flat buffer) where the division was moved out of the row loop into one flat
// pass over the whole output after it, dividing by a total accumulated in the row loop.
// Layout: flat float[] [batch, length], index b * length + i. Bug (LG0002): the normalising sum spans the
// whole batch. The max is per row.
using System;

namespace Recreations.FlatSeparateNormalisationPass;

public static class FlatSoftmax
{
    public static float[] Forward(float[] data, int length, int batchCount)
    {
        var y = new float[data.Length];
        float total = 0f;
        for (int b = 0; b < batchCount; b++)
        {
            float maxval = data[b * length];
            for (int i = 1; i < length; i++)
            {
                maxval = MathF.Max(maxval, data[b * length + i]);
            }

            for (int i = 0; i < length; i++)
            {
                y[b * length + i] = MathF.Exp(data[b * length + i] - maxval);
                total += y[b * length + i]; //~ LG0002
            }
        }

        for (int k = 0; k < y.Length; k++)
        {
            y[k] /= total;
        }

        return y;
    }
}
