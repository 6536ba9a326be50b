// Variant (our own code) of Reformer LSH attention (Kitaev et al. 2020; google/trax `LSHSelfAttention`,
// lucidrains/reformer-pytorch), correct twins of SortedChunks_BlockMaxima.cs: sorted queries walked chunk by chunk,
// each query shifted by its own maximum over its 2·chunk keys; one method also keeps the chunk block's maximum, only
// to report it (an attention-sharpness statistic, never subtracted).
// Layouts: flat float[] [n · 2·chunk] in sorted order; chunk loops spelled `c * chunk < n` with `Min((c + 1) * chunk, n)`,
// and `start += chunk` with `i < start + chunk && i < n`; output un-sorted through a permutation, or in place. Correct.
using System;

namespace Recreations.SortedChunks_QueryMaxima;

public static class SortedChunks
{
    public static float[] ChunkIndexLoop(float[] scores, int[] sortedToToken, int chunk, float[] blockPeaks)
    {
        int width = 2 * chunk, n = sortedToToken.Length;
        var probs = new float[scores.Length];
        for (int c = 0; c * chunk < n; c++)
        {
            int end = Math.Min((c + 1) * chunk, n);
            float blockMax = float.NegativeInfinity;
            for (int i = c * chunk; i < end; i++)
            {
                int src = i * width, dst = sortedToToken[i] * width;
                float m = float.NegativeInfinity;
                for (int k = 0; k < width; k++)
                {
                    m = MathF.Max(m, scores[src + k]);
                }

                blockMax = MathF.Max(blockMax, m);
                float z = 0f;
                for (int k = 0; k < width; k++)
                {
                    float e = MathF.Exp(scores[src + k] - m);
                    probs[dst + k] = e;
                    z += e;
                }

                for (int k = 0; k < width; k++)
                {
                    probs[dst + k] /= z;
                }
            }

            blockPeaks[c] = blockMax;
        }

        return probs;
    }

    public static void TwoTestChunksInPlace(double[] scores, int n, int chunk)
    {
        int width = 2 * chunk;
        for (int start = 0; start < n; start += chunk)
        {
            for (int i = start; i < start + chunk && i < n; i++)
            {
                double top = double.NegativeInfinity;
                for (int k = 0; k < width; k++)
                {
                    if (scores[i * width + k] > top)
                    {
                        top = scores[i * width + k];
                    }
                }

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
