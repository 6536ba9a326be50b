// Idiom: attention-score soft-capping (cap 50): scores capped into a scratch list, then the row normalised; the exp
//        reads the uncapped score list instead of the capped one
// Layout: List<float[]> of score rows (one per query), capped copy per row, probabilities returned as List<float[]>
// Bug (LG0003): `MathF.Exp(raw[j])` exponentiates the raw scores, unbounded and unshifted, so large scores overflow
using System;
using System.Collections.Generic;

namespace HeldOut39.SoftCapping_ExpOfUncapped;

public static class CappedAttention
{
    public static List<float[]> Softmax(List<float[]> scoreRows, float softCap = 50f)
    {
        var result = new List<float[]>(scoreRows.Count);
        foreach (float[] raw in scoreRows)
        {
            var capped = new float[raw.Length];
            for (int j = 0; j < raw.Length; j++)
            {
                capped[j] = softCap * MathF.Tanh(raw[j] / softCap);
            }
            var p = new float[raw.Length];
            float total = 0f;
            for (int j = 0; j < raw.Length; j++)
            {
                p[j] = MathF.Exp(raw[j]); //~ LG0003
                total += p[j];
            }
            for (int j = 0; j < raw.Length; j++)
            {
                p[j] /= total;
            }
            result.Add(p);
        }
        return result;
    }
}
