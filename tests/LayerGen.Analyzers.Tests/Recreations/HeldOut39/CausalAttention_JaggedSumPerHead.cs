// Idiom: causal self-attention, scores already computed per head, additive mask float.MinValue above the diagonal
// Layout: jagged float[][][] scores[head][query][key]; one head's denominator declared above its query loop
// Bug (LG0002): `denom` is reset once per head, so every query row is divided by the running total of all rows so far
using System;

namespace HeldOut39.CausalAttention_JaggedSumPerHead;

public static class CausalSelfAttention
{
    public static float[][][] Probabilities(float[][][] scores)
    {
        int nHeads = scores.Length;
        var probs = new float[nHeads][][];
        for (int h = 0; h < nHeads; h++)
        {
            int seqLen = scores[h].Length;
            probs[h] = new float[seqLen][];
            float denom = 0f;
            for (int i = 0; i < seqLen; i++)
            {
                float[] row = scores[h][i];
                var p = new float[seqLen];
                float rowMax = float.MinValue;
                for (int j = 0; j < seqLen; j++)
                {
                    float s = j <= i ? row[j] : float.MinValue;
                    p[j] = s;
                    rowMax = Math.Max(rowMax, s);
                }
                for (int j = 0; j < seqLen; j++)
                {
                    p[j] = j <= i ? MathF.Exp(p[j] - rowMax) : 0f;
                    denom += p[j]; //~ LG0002
                }
                for (int j = 0; j < seqLen; j++)
                {
                    p[j] /= denom;
                }
                probs[h][i] = p;
            }
        }
        return probs;
    }
}
