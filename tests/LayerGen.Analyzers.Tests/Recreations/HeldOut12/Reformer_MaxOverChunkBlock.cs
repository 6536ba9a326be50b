// Source: Reformer LSH attention (Kitaev et al. 2020; trax `LSHSelfAttention`): sorted, chunked queries, each over
// 2·chunk keys. Layout: flat float[] [n · 2·chunk] in sorted order, un-sorted on write.
// Bug: LG0001 — one max is folded over the whole chunk block (every query of the chunk), not per query.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class Reformer_MaxOverChunkBlock
{
    public static float[] Attend(float[] scores, int[] sortedToToken, int chunk)
    {
        int width = 2 * chunk, n = sortedToToken.Length;
        var probs = new float[scores.Length];
        for (int start = 0; start < n; start += chunk)
        {
            int end = Math.Min(start + chunk, n);
            float m = float.NegativeInfinity;
            for (int i = start; i < end; i++)
            {
                for (int k = 0; k < width; k++)
                {
                    m = Math.Max(m, scores[i * width + k]); //~ LG0001
                }
            }

            for (int i = start; i < end; i++)
            {
                int dst = sortedToToken[i] * width;
                float z = 0f;
                for (int k = 0; k < width; k++)
                {
                    probs[dst + k] = MathF.Exp(scores[i * width + k] - m);
                    z += probs[dst + k];
                }

                for (int k = 0; k < width; k++)
                {
                    probs[dst + k] /= z;
                }
            }
        }

        return probs;
    }
}
