// Source: contrastive search decoding (Su et al. 2022, "A Contrastive Framework for Neural Text Generation";
// HF transformers `_contrastive_search`): softmax over the vocabulary, the top-k candidates, each scored
// (1 − α)·p − α·max cosine similarity of its hidden state to the context; the best candidate is chosen.
// Layout: `List<float[]>` logits per sequence, LINQ `Max`/`Select`/`Sum`, `OrderByDescending().Take(k)`, `MaxBy`,
// jagged candidate and context hidden states.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut19;

public static class ContrastiveSearchDegenerationPenalty
{
    /// <summary>One decoding step for every sequence; returns the chosen token per sequence.</summary>
    public static int[] Step(
        List<float[]> logits, float[][] tokenHidden, List<float[][]> contextHidden, int topK, float alpha,
        float[][] probabilities)
    {
        var chosen = new int[logits.Count];
        for (int b = 0; b < logits.Count; b++)
        {
            float[] row = logits[b];
            float peak = row.Max();
            float[] exps = row.Select(v => MathF.Exp(v - peak)).ToArray();
            float z = exps.Sum();
            float[] probs = exps.Select(e => e / z).ToArray();
            probs.CopyTo(probabilities[b], 0);

            float[][] context = contextHidden[b];
            var candidates = Enumerable.Range(0, row.Length).OrderByDescending(i => probs[i]).Take(topK);
            chosen[b] = candidates
                .Select(token => (Token: token, Score: (1f - alpha) * probs[token] - alpha * MaxCosine(tokenHidden[token], context)))
                .MaxBy(c => c.Score)
                .Token;
        }
        return chosen;
    }

    // The degeneration penalty: the largest cosine similarity to any context position (a max, but of similarities).
    private static float MaxCosine(float[] candidate, float[][] context)
    {
        float best = -1f;
        foreach (float[] h in context)
        {
            float dot = 0f, na = 0f, nb = 0f;
            for (int i = 0; i < h.Length; i++)
            {
                dot += candidate[i] * h[i];
                na += candidate[i] * candidate[i];
                nb += h[i] * h[i];
            }
            float cos = dot / MathF.Sqrt(MathF.Max(na * nb, 1e-12f));
            if (cos > best) best = cos;
        }
        return best;
    }
}
