// Source: expert-choice routing (Zhou et al. 2022, "Mixture-of-Experts with Expert Choice Routing"): token-to-expert
// affinities S = softmax(X W_g) over the experts, then every expert takes its top-k tokens by S[:, e].
// Layout: jagged float[tokens][experts] scores, the affinity row normalised through a Span<float>; top-k per expert
// chosen by a partial selection over the column.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class ExpertChoice_TokenAffinity
{
    public static int[][] Route(float[][] gateLogits, float[][] affinity, int capacity)
    {
        int n = gateLogits.Length;
        int experts = gateLogits[0].Length;
        for (int t = 0; t < n; t++)
        {
            ReadOnlySpan<float> logits = gateLogits[t];
            Span<float> s = affinity[t];
            float best = float.MinValue;
            foreach (float g in logits)
                best = MathF.Max(best, g);
            float total = 0f;
            for (int e = 0; e < experts; e++)
            {
                s[e] = MathF.Exp(logits[e] - best);
                total += s[e];
            }
            for (int e = 0; e < experts; e++)
                s[e] /= total;
        }

        var chosen = new int[experts][];
        for (int e = 0; e < experts; e++)
        {
            var taken = new bool[n];
            chosen[e] = new int[Math.Min(capacity, n)];
            for (int k = 0; k < chosen[e].Length; k++)
            {
                int arg = -1;
                for (int t = 0; t < n; t++)
                    if (!taken[t] && (arg < 0 || affinity[t][e] > affinity[arg][e])) arg = t;
                taken[arg] = true;
                chosen[e][k] = arg;
            }
        }
        return chosen;
    }
}
