// Source: Informer ProbSparse self-attention (Zhou et al. 2021; Informer2020 `_prob_QK` / `_update_context`):
// top-u active queries get a softmax over the keys. Layout: flat float[queries · keys], LINQ-chosen query indices.
// Bug: LG0002 — the denominator is declared once above the loop over the active queries and never reset.
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut12;

public static class ProbSparse_DenominatorAcrossQueries
{
    public static float[] Weights(float[] scores, int queries, int keys, int active)
    {
        var measure = new float[queries];
        for (int q = 0; q < queries; q++)
        {
            float peak = float.NegativeInfinity, total = 0f;
            for (int k = 0; k < keys; k++)
            {
                peak = MathF.Max(peak, scores[q * keys + k]);
                total += scores[q * keys + k];
            }

            measure[q] = peak - total / keys;
        }

        var weights = Enumerable.Repeat(1f / keys, queries * keys).ToArray();
        float z = 0f;
        foreach (int q in Enumerable.Range(0, queries).OrderByDescending(i => measure[i]).Take(active))
        {
            float m = float.NegativeInfinity;
            for (int k = 0; k < keys; k++)
            {
                m = MathF.Max(m, scores[q * keys + k]);
            }

            for (int k = 0; k < keys; k++)
            {
                weights[q * keys + k] = MathF.Exp(scores[q * keys + k] - m);
                z += weights[q * keys + k]; //~ LG0002
            }

            for (int k = 0; k < keys; k++)
            {
                weights[q * keys + k] /= z;
            }
        }

        return weights;
    }
}
