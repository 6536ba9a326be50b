// Source: Transformer decoding with a KV cache in C# (one new query against every cached key, per head; shape of
// LLM inference engines written in C# that keep scores as [heads, cacheLength]).
// Layout: scores float[heads, cacheLength]; softmax over the cached positions of each head.
// Bug LG0004: the maximum is taken per cached position across heads, the sum per head across positions.
using System;

namespace HeldOut7.TransformerKvCacheHeadMax
{
    public static class KvCacheAttention
    {
        public static float[,] Weights(float[,] scores)
        {
            int heads = scores.GetLength(0);
            int length = scores.GetLength(1);
            var positionMax = new float[length];
            for (int p = 0; p < length; p++)
            {
                positionMax[p] = float.NegativeInfinity;
                for (int h = 0; h < heads; h++)
                {
                    positionMax[p] = MathF.Max(positionMax[p], scores[h, p]); //~ LG0004
                }
            }

            var weights = new float[heads, length];
            for (int h = 0; h < heads; h++)
            {
                float sum = 0f;
                for (int p = 0; p < length; p++)
                {
                    weights[h, p] = MathF.Exp(scores[h, p] - positionMax[p]);
                    sum += weights[h, p];
                }

                for (int p = 0; p < length; p++)
                {
                    weights[h, p] /= sum;
                }
            }

            return weights;
        }
    }
}
