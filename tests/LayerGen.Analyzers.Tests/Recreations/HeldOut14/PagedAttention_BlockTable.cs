// Source: vLLM PagedAttention decode step (Kwon et al. 2023; vllm `paged_attention_v1` kernel: qk_max reduced over the
// sequence's context, exp_sum over the same positions): the q.k logits of a sequence live in physical KV blocks
// reached through its block table.
// Layout: one flat float[] of physical blocks [blocks * blockSize]; position p of sequence s is at
// blockTables[s][p / blockSize] * blockSize + p % blockSize; a local function gathers a position; rows of different
// context lengths are returned jagged. Unused slots of the last block are never read.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class PagedAttention_BlockTable
{
    public static float[][] Probabilities(float[] qkCache, int blockSize, int[][] blockTables, int[] contextLens)
    {
        var result = new float[contextLens.Length][];
        for (int s = 0; s < contextLens.Length; s++)
        {
            int[] table = blockTables[s];
            int len = contextLens[s];
            float Logit(int p) => qkCache[table[p / blockSize] * blockSize + p % blockSize];

            float qkMax = float.NegativeInfinity;
            for (int p = 0; p < len; p++)
                qkMax = MathF.Max(qkMax, Logit(p));

            var probs = new float[len];
            float expSum = 0f;
            for (int p = 0; p < len; p++)
            {
                probs[p] = MathF.Exp(Logit(p) - qkMax);
                expSum += probs[p];
            }
            float inv = 1f / expSum;
            for (int p = 0; p < len; p++)
                probs[p] *= inv;
            result[s] = probs;
        }
        return result;
    }
}
