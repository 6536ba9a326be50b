// Variant (our own code) of Reformer LSH attention (Kitaev et al. 2020; google/trax `LSHSelfAttention`,
// lucidrains/reformer-pytorch): queries sorted by hash bucket and split into chunks of `chunk` queries, each query
// scoring the 2·chunk keys of its chunk and the previous one, with one maximum taken over the whole chunk block of
// queries instead of per query.
// Layouts: flat float[] [n · 2·chunk] in sorted order; chunk loops spelled `c * chunk < n` with `Min((c + 1) * chunk, n)`,
// and `start += chunk` with `i < start + chunk && i < n`; output un-sorted through a permutation, or in place.
// Bugs: LG0001 (one maximum per chunk block, subtracted from every query of it).
using System;

namespace Recreations.SortedChunks_BlockMaxima;

public static class SortedChunks
{
    public static float[] ChunkIndexLoop(float[] scores, int[] sortedToToken, int chunk)
    {
        int width = 2 * chunk, n = sortedToToken.Length;
        var probs = new float[scores.Length];
        for (int c = 0; c * chunk < n; c++)
        {
            int end = Math.Min((c + 1) * chunk, n);
            float blockMax = float.NegativeInfinity;
            for (int i = c * chunk; i < end; i++)
            {
                for (int k = 0; k < width; k++)
                {
                    blockMax = MathF.Max(blockMax, scores[i * width + k]); //~ LG0001
                }
            }

            for (int i = c * chunk; i < end; i++)
            {
                int src = i * width, dst = sortedToToken[i] * width;
                float z = 0f;
                for (int k = 0; k < width; k++)
                {
                    float e = MathF.Exp(scores[src + k] - blockMax);
                    probs[dst + k] = e;
                    z += e;
                }

                for (int k = 0; k < width; k++)
                {
                    probs[dst + k] /= z;
                }
            }
        }

        return probs;
    }

    public static void TwoTestChunksInPlace(double[] scores, int n, int chunk)
    {
        int width = 2 * chunk;
        for (int start = 0; start < n; start += chunk)
        {
            double top = double.NegativeInfinity;
            for (int i = start; i < start + chunk && i < n; i++)
            {
                for (int k = 0; k < width; k++)
                {
                    if (scores[i * width + k] > top) //~ LG0001
                    {
                        top = scores[i * width + k];
                    }
                }
            }

            for (int i = start; i < start + chunk && i < n; i++)
            {
                double z = 0.0;
                for (int k = 0; k < width; k++)
                {
                    scores[i * width + k] = Math.Exp(scores[i * width + k] - top);
                    z += scores[i * width + k];
                }

                for (int k = 0; k < width; k++)
                {
                    scores[i * width + k] /= z;
                }
            }
        }
    }
}
