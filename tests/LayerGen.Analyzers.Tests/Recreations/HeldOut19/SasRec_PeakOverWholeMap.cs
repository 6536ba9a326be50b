// Source: SASRec self-attentive sequential recommendation (Kang & McAuley 2018), the causal scores filled first
// (future positions at −∞) and the softmax applied to the whole map afterwards.
// Layout: `float[length, length]` scores, `foreach` over the 2-D array for the peak, per-query sums.
// Bug: LG0001 — the stabilising peak is taken over every query's scores, not per query row.
using System;

namespace LayerGen.Recreations.HeldOut19;

public static class SasRecPeakOverWholeMap
{
    /// <summary>Causal attention weights of one sequence from its query/key rows.</summary>
    public static float[,] Weights(float[][] q, float[][] k)
    {
        int length = q.Length;
        float scale = 1f / MathF.Sqrt(q[0].Length);
        var scores = new float[length, length];
        for (int i = 0; i < length; i++)
            for (int j = 0; j < length; j++)
            {
                if (j > i) { scores[i, j] = float.NegativeInfinity; continue; }
                float s = 0f;
                for (int d = 0; d < q[i].Length; d++) s += q[i][d] * k[j][d];
                scores[i, j] = s * scale;
            }

        float peak = float.NegativeInfinity;
        foreach (float s in scores)
            if (s > peak) peak = s; //~ LG0001

        for (int i = 0; i < length; i++)
        {
            float z = 0f;
            for (int j = 0; j <= i; j++)
            {
                scores[i, j] = MathF.Exp(scores[i, j] - peak);
                z += scores[i, j];
            }
            for (int j = 0; j <= i; j++) scores[i, j] /= z;
            for (int j = i + 1; j < length; j++) scores[i, j] = 0f;
        }
        return scores;
    }
}
