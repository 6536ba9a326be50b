// HeldOut15 — MarginSampling_PoolNormaliser
// Source: margin uncertainty sampling (Settles 2009; modAL), a two-pass port over a list of rows.
// Layout: pool logits as List<float[]>; exponentials kept per row, normalised in a second pass.
// Bug (LG0002): each row is shifted by its own peak, but one normaliser sums the exponentials of
// the whole pool and every row is divided by it.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut15;

public static class MarginSampling_PoolNormaliser
{
    /// <summary>Class probabilities of every pool row, and its top-two margin.</summary>
    public static List<float[]> Probabilities(List<float[]> pool, out float[] margins)
    {
        var exps = new List<float[]>(pool.Count);
        float poolZ = 0f;
        foreach (float[] row in pool)
        {
            float peak = float.MinValue;
            foreach (float v in row) peak = v > peak ? v : peak;
            var e = new float[row.Length];
            for (int c = 0; c < row.Length; c++)
            {
                e[c] = MathF.Exp(row[c] - peak);
                poolZ += e[c]; //~ LG0002
            }
            exps.Add(e);
        }

        margins = new float[pool.Count];
        for (int i = 0; i < exps.Count; i++)
        {
            float first = 0f, second = 0f;
            for (int c = 0; c < exps[i].Length; c++)
            {
                float p = exps[i][c] /= poolZ;
                if (p > first) { second = first; first = p; }
                else if (p > second) second = p;
            }
            margins[i] = first - second;
        }
        return exps;
    }
}
