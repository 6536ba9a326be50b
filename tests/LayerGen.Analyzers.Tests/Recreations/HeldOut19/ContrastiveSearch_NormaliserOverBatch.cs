// Source: contrastive search decoding (Su et al. 2022; HF transformers `_contrastive_search`), the batched
// next-token distribution computed first for every sequence, then the candidates per sequence.
// Layout: `List<float[]>` logits per sequence, `foreach` folds, a second normalisation pass into `float[][]`.
// Bug: LG0002 — one normaliser `z` over the exponentials of every sequence in the batch.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut19;

public static class ContrastiveSearchNormaliserOverBatch
{
    /// <summary>Next-token probabilities for every sequence of the batch, then the top-k candidates of each.</summary>
    public static List<int[]> Candidates(List<float[]> logits, int topK, float[][] probabilities)
    {
        float z = 0f;
        for (int b = 0; b < logits.Count; b++)
        {
            float[] row = logits[b];
            float peak = float.MinValue;
            foreach (float v in row) if (v > peak) peak = v;
            float[] p = probabilities[b];
            for (int i = 0; i < row.Length; i++)
            {
                p[i] = MathF.Exp(row[i] - peak);
                z += p[i]; //~ LG0002
            }
        }

        var result = new List<int[]>(logits.Count);
        foreach (float[] p in probabilities)
        {
            for (int i = 0; i < p.Length; i++) p[i] /= z;
            result.Add(Enumerable.Range(0, p.Length).OrderByDescending(i => p[i]).Take(topK).ToArray());
        }
        return result;
    }
}
