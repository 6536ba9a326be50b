// Source: Flash-Decoding split-KV combine (Dao et al. 2023; flash-attention `combine_attn_seqk_parallel`), written
// over spans: the partial statistics are stored split-major [splits · heads].
// Layout: `ReadOnlySpan<float>` scores [heads · keys], `Span<float>` partials from `stackalloc`, weights out.
// Bug: LG0004 — the combine's rescaling max is taken per split over the heads (`splitPeak[s]`), while the sum runs per
// head over the splits; each head's splits are rescaled against another head's maximum.
using System;

namespace LayerGen.Recreations.HeldOut19;

public static class FlashDecodingPeakOverHeads
{
    /// <summary>Attention weights of one decode step, computed split by split and combined.</summary>
    public static void Weights(ReadOnlySpan<float> scores, int heads, int keys, int splits, Span<float> weights)
    {
        int chunk = (keys + splits - 1) / splits;
        Span<float> partialMax = stackalloc float[splits * heads];
        Span<float> partialSum = stackalloc float[splits * heads];

        for (int s = 0; s < splits; s++)
        {
            int start = s * chunk, end = Math.Min(keys, start + chunk);
            for (int h = 0; h < heads; h++)
            {
                ReadOnlySpan<float> part = scores.Slice(h * keys + start, end - start);
                float m = float.NegativeInfinity;
                foreach (float x in part) m = MathF.Max(m, x);
                float l = 0f;
                foreach (float x in part) l += MathF.Exp(x - m);
                partialMax[s * heads + h] = m;
                partialSum[s * heads + h] = l;
            }
        }

        Span<float> splitPeak = stackalloc float[splits];
        for (int s = 0; s < splits; s++)
        {
            splitPeak[s] = float.NegativeInfinity;
            for (int h = 0; h < heads; h++)
                splitPeak[s] = MathF.Max(splitPeak[s], partialMax[s * heads + h]); //~ LG0004
        }

        for (int h = 0; h < heads; h++)
        {
            float total = 0f;
            for (int s = 0; s < splits; s++)
                total += partialSum[s * heads + h] * MathF.Exp(partialMax[s * heads + h] - splitPeak[s]);

            for (int s = 0; s < splits; s++)
            {
                int start = s * chunk, end = Math.Min(keys, start + chunk);
                float scale = MathF.Exp(partialMax[s * heads + h] - splitPeak[s]) / total;
                for (int k = start; k < end; k++)
                    weights[h * keys + k] = MathF.Exp(scores[h * keys + k] - partialMax[s * heads + h]) * scale;
            }
        }
    }
}
