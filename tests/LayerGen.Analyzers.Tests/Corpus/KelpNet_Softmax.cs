// Pattern from harujoh/KelpNet, KelpNet.Functions.Activations.Softmax (re-created). A flat buffer holds
// BatchCount rows of Length values; each row's max and sum are taken over Data[i + b * Length]. Correct.
using System;

namespace Corpus.KelpNet
{
    public sealed class BatchArray
    {
        public float[] Data = Array.Empty<float>();
        public int Length;
        public int BatchCount;
    }

    public static class Softmax
    {
        public static float[] Forward(BatchArray x)
        {
            var y = new float[x.Data.Length];
            for (int b = 0; b < x.BatchCount; b++)
            {
                float maxval = x.Data[b * x.Length];
                for (int i = 1; i < x.Length; i++)
                {
                    if (maxval < x.Data[i + b * x.Length])
                    {
                        maxval = x.Data[i + b * x.Length];
                    }
                }

                float sumval = 0;
                for (int i = 0; i < x.Length; i++)
                {
                    y[i + b * x.Length] = (float)Math.Exp(x.Data[i + b * x.Length] - maxval);
                    sumval += y[i + b * x.Length];
                }

                for (int i = 0; i < x.Length; i++)
                {
                    y[i + b * x.Length] /= sumval;
                }
            }

            return y;
        }
    }
}
