// Variant of the KelpNet pattern above (harujoh/KelpNet, KelpNet.Functions.Activations.Softmax) as a new user
// might "simplify" it: the max is hoisted out of the batch loop and taken over the whole Data buffer, while the
// sum stays per row. LG0001 at the hoisted loop.
using System;

namespace Corpus.KelpNetVariant
{
    public static class Softmax
    {
        public static float[] Forward(float[] data, int length, int batchCount)
        {
            var y = new float[data.Length];
            float maxval = float.MinValue;
            for (int k = 0; k < data.Length; k++)
            {
                {|LG0001:if (maxval < data[k])
                {
                    maxval = data[k];
                }|}
            }

            for (int b = 0; b < batchCount; b++)
            {
                float sumval = 0;
                for (int i = 0; i < length; i++)
                {
                    y[i + b * length] = (float)Math.Exp(data[i + b * length] - maxval);
                    sumval += y[i + b * length];
                }

                for (int i = 0; i < length; i++)
                {
                    y[i + b * length] /= sumval;
                }
            }

            return y;
        }
    }
}
