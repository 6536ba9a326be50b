// Source: Reformer LSH attention (Kitaev et al. 2020; trax `LSHSelfAttention`, lucidrains/reformer-pytorch): tokens
// sorted by hash bucket, chunked; each sorted query scores the keys of its chunk and the previous one (2·chunk).
// Layout: flat float[] [n · 2·chunk] in sorted order, un-sorted on write through `sortedToToken`; chunk loops.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class Reformer_SortedChunks
{
    public static float[] Attend(float[] scores, int[] sortedToToken, int chunk)
    {
        int width = 2 * chunk, n = sortedToToken.Length;
        var probs = new float[scores.Length];
        for (int c = 0; c * chunk < n; c++)
        {
            int end = Math.Min((c + 1) * chunk, n);
            for (int i = c * chunk; i < end; i++)
            {
                int src = i * width, dst = sortedToToken[i] * width;
                float m = scores[src];
                for (int k = 1; k < width; k++)
                {
                    m = Math.Max(m, scores[src + k]);
                }

                float z = 0f;
                for (int k = 0; k < width; k++)
                {
                    float e = MathF.Exp(scores[src + k] - m);
                    probs[dst + k] = e;
                    z += e;
                }

                float inv = 1f / z;
                for (int k = 0; k < width; k++)
                {
                    probs[dst + k] *= inv;
                }
            }
        }

        return probs;
    }
}
