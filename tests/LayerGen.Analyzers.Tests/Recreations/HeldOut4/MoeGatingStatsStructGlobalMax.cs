// Source: mixture-of-experts gating in C# ports (ooples/AiDotNet MixtureOfExpertsLayer family): router softmax per
// token, with the statistics kept in a small mutable struct that is filled once for the whole router output.
// Layout: row-major [tokens, experts]; struct field Max folded over the flattened buffer, per-token sums.
// Bug: the max is taken over every token's logits, not per token (a token far below the others underflows to 0/0).
using System;

namespace LayerGen.HeldOut4.MoeGatingStatsStructGlobalMax;

public static class GatingSoftmax
{
    private struct RouterStats
    {
        public float Max;
        public float Sum;
    }

    public static void Forward(float[] logits, float[] gates, int tokens, int experts)
    {
        RouterStats stats;
        stats.Max = float.MinValue;
        stats.Sum = 0f;
        for (int i = 0; i < logits.Length; i++)
            stats.Max = MathF.Max(stats.Max, logits[i]); //~ LG0001

        for (int t = 0; t < tokens; t++)
        {
            stats.Sum = 0f;
            for (int e = 0; e < experts; e++)
            {
                float g = MathF.Exp(logits[t * experts + e] - stats.Max);
                gates[t * experts + e] = g;
                stats.Sum += g;
            }

            for (int e = 0; e < experts; e++)
                gates[t * experts + e] /= stats.Sum;
        }
    }
}
