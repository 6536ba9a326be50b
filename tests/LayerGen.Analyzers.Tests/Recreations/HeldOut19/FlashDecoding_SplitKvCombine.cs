// Source: Flash-Decoding (Dao, Haziza, Massa & Sizov 2023; Dao-AILab/flash-attention `flash_fwd_splitkv_kernel` and
// `combine_attn_seqk_parallel`): one decode query per head, the KV cache split into chunks; each split keeps its own
// running max m, sum l and unnormalised output o; a combine pass rescales every split by exp(m_s − M) with M the
// head's max over the splits.
// Layout: `unsafe float*` scores [heads · keys] (already q·k·scale), values [keys · dim] shared by the heads (MQA),
// split partials in pointer buffers [splits · heads] and [splits · heads · dim], weights out [heads · keys].
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut19;

public static unsafe class FlashDecodingSplitKvCombine
{
    /// <summary>Split-KV decode attention: partial statistics per split, then the combine.</summary>
    public static void Decode(
        float* scores, float* values, int heads, int keys, int dim, int splits, float* output, float* weights)
    {
        int chunk = (keys + splits - 1) / splits;
        float* partialMax = stackalloc float[splits * heads];
        float* partialSum = stackalloc float[splits * heads];
        float[] partialOut = new float[splits * heads * dim];

        fixed (float* po = partialOut)
        {
            for (int s = 0; s < splits; s++)
            {
                int start = s * chunk;
                int end = Math.Min(keys, start + chunk);
                for (int h = 0; h < heads; h++)
                {
                    float* row = scores + h * keys;
                    float* acc = po + (s * heads + h) * dim;
                    float m = float.NegativeInfinity;
                    for (float* p = row + start; p < row + end; p++)
                        if (*p > m) m = *p;

                    float l = 0f;
                    for (int k = start; k < end; k++)
                    {
                        float e = MathF.Exp(row[k] - m);
                        l += e;
                        float* v = values + k * dim;
                        for (int i = 0; i < dim; i++) acc[i] += e * v[i];
                    }
                    partialMax[s * heads + h] = m;
                    partialSum[s * heads + h] = l;
                }
            }

            for (int h = 0; h < heads; h++)
            {
                float globalMax = float.NegativeInfinity;
                for (int s = 0; s < splits; s++)
                    globalMax = MathF.Max(globalMax, partialMax[s * heads + h]);

                float total = 0f;
                for (int s = 0; s < splits; s++)
                    if (partialSum[s * heads + h] > 0f)
                        total += partialSum[s * heads + h] * MathF.Exp(partialMax[s * heads + h] - globalMax);

                float* o = output + h * dim;
                for (int i = 0; i < dim; i++) o[i] = 0f;
                for (int s = 0; s < splits; s++)
                {
                    if (partialSum[s * heads + h] == 0f) continue;
                    float scale = MathF.Exp(partialMax[s * heads + h] - globalMax) / total;
                    float* acc = po + (s * heads + h) * dim;
                    for (int i = 0; i < dim; i++) o[i] += scale * acc[i];

                    int start = s * chunk;
                    int end = Math.Min(keys, start + chunk);
                    for (int k = start; k < end; k++)
                        weights[h * keys + k] = MathF.Exp(scores[h * keys + k] - partialMax[s * heads + h]) * scale;
                }
            }
        }
    }
}
