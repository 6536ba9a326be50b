// Idiom: top-k mixture-of-experts gating, indices of the k best experts found by partial selection, softmax over them
// Layout: jagged float[tokens][experts] logits, int[k] index buffer, float[tokens][experts] combine weights
// Bug (LG0003): exp of the kept router logits with nothing subtracted
using System;

namespace HeldOut42.TopKGate_RawKeptExp;

public static class SparseGate
{
    public static float[][] TopKSoftmax(float[][] logits, int k)
    {
        var combine = new float[logits.Length][];
        var idx = new int[k];
        var w = new float[k];

        for (int t = 0; t < logits.Length; t++)
        {
            float[] row = logits[t];
            var used = new bool[row.Length];
            for (int j = 0; j < k; j++)
            {
                int best = -1;
                for (int e = 0; e < row.Length; e++)
                    if (!used[e] && (best < 0 || row[e] > row[best])) best = e;
                used[best] = true;
                idx[j] = best;
            }

            float norm = 0f;
            for (int j = 0; j < k; j++)
            {
                w[j] = MathF.Exp(row[idx[j]]); //~ LG0003
                norm += w[j];
            }

            var c = new float[row.Length];
            for (int j = 0; j < k; j++)
                c[idx[j]] = w[j] / norm;
            combine[t] = c;
        }

        return combine;
    }
}
