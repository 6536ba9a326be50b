// Idiom: top-k mixture-of-experts gating: keep the k largest router logits per token, softmax over the kept experts only
// Layout: row-major float[tokens, experts] logits; List<(int Expert, float Logit)> of kept experts per token
// Correct
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut42.TopKGate_KeptExperts;

public sealed class TopKGate
{
    public TopKGate(int k) => K = k;

    public int K { get; }

    public float[,] Route(float[,] routerLogits)
    {
        int tokens = routerLogits.GetLength(0);
        int experts = routerLogits.GetLength(1);
        var combine = new float[tokens, experts];

        for (int t = 0; t < tokens; t++)
        {
            var candidates = new List<(int Expert, float Logit)>(experts);
            for (int e = 0; e < experts; e++)
                candidates.Add((e, routerLogits[t, e]));

            List<(int Expert, float Logit)> kept = candidates
                .OrderByDescending(c => c.Logit)
                .Take(K)
                .ToList();

            // sorted descending: the first kept logit is the largest
            float top = kept[0].Logit;
            var w = new float[kept.Count];
            float total = 0f;
            for (int j = 0; j < kept.Count; j++)
            {
                w[j] = MathF.Exp(kept[j].Logit - top);
                total += w[j];
            }

            for (int j = 0; j < kept.Count; j++)
                combine[t, kept[j].Expert] = w[j] / total;
        }

        return combine;
    }
}
