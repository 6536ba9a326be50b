// Source: vLLM PagedAttention decode step (Kwon et al. 2023; vllm `paged_attention_v1`), a batched CPU port that
// hoists qk_max out of the sequence loop.
// Layout: flat float[] of physical blocks [blocks * blockSize] reached through per-sequence block tables; the maximum
// is one scan over the whole physical cache before the sequences are visited.
// Bug LG0001: the shift is the maximum over every block of every sequence (and unused slots), not over one
// sequence's context.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class PagedAttention_CacheWideMax
{
    public static float[][] Probabilities(float[] qkCache, int blockSize, int[][] blockTables, int[] contextLens)
    {
        float qkMax = float.NegativeInfinity;
        for (int i = 0; i < qkCache.Length; i++)
            qkMax = MathF.Max(qkMax, qkCache[i]); //~ LG0001

        var result = new float[contextLens.Length][];
        for (int s = 0; s < contextLens.Length; s++)
        {
            var probs = new float[contextLens[s]];
            float expSum = 0f;
            for (int p = 0; p < probs.Length; p++)
            {
                int physical = blockTables[s][p / blockSize];
                probs[p] = MathF.Exp(qkCache[physical * blockSize + p % blockSize] - qkMax);
                expSum += probs[p];
            }
            for (int p = 0; p < probs.Length; p++)
                probs[p] /= expSum;
            result[s] = probs;
        }
        return result;
    }
}
