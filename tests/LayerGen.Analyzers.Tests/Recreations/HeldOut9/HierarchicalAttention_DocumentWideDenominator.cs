// Source: Hierarchical Attention Networks (Yang et al. 2016) word-level attention, re-created with the word weights
// of a whole document normalised in one pass.
// Layout: float[][] word scores per sentence (ragged jagged), per-sentence max, one document denominator.
// Bug (LG0002): the denominator sums the word exponentials of every sentence in the document, not of one sentence.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class HierarchicalAttention_DocumentWideDenominator
{
    public static float[][] WordAttention(float[][] wordScores)
    {
        var alpha = new float[wordScores.Length][];
        float documentZ = 0f;
        for (int s = 0; s < wordScores.Length; s++)
        {
            float[] u = wordScores[s];
            float peak = float.NegativeInfinity;
            foreach (float v in u) peak = MathF.Max(peak, v);
            alpha[s] = new float[u.Length];
            for (int i = 0; i < u.Length; i++)
            {
                alpha[s][i] = MathF.Exp(u[i] - peak);
                documentZ += alpha[s][i]; //~ LG0002
            }
        }

        foreach (float[] a in alpha)
        {
            for (int i = 0; i < a.Length; i++) a[i] /= documentZ;
        }

        return alpha;
    }
}
