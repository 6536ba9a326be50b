// HeldOut15 — Gemma2_SumPerHead
// Source: Gemma 2 soft-capped attention (Gemma Team 2024), a jagged per-head port.
// Layout: scores float[heads][queries][keys] (jagged twice); softmax over the keys of each query row.
// Bug (LG0002): the denominators live in an array indexed by head, so every query row of a head
// adds into (and is divided by) the same running per-head sum.
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class Gemma2_SumPerHead
{
    /// <summary>Soft-capped attention probabilities per head and query row.</summary>
    public static float[][][] Softmax(float[][][] scores, float cap)
    {
        var headSum = new float[scores.Length];
        var probs = new float[scores.Length][][];
        for (int h = 0; h < scores.Length; h++)
        {
            probs[h] = new float[scores[h].Length][];
            for (int q = 0; q < scores[h].Length; q++)
            {
                float[] row = scores[h][q];
                var capped = new float[row.Length];
                float peak = float.NegativeInfinity;
                for (int k = 0; k < row.Length; k++)
                {
                    capped[k] = cap * MathF.Tanh(row[k] / cap);
                    peak = MathF.Max(peak, capped[k]);
                }
                var p = new float[row.Length];
                for (int k = 0; k < row.Length; k++)
                {
                    p[k] = MathF.Exp(capped[k] - peak);
                    headSum[h] += p[k]; //~ LG0002
                }
                for (int k = 0; k < row.Length; k++) p[k] /= headSum[h];
                probs[h][q] = p;
            }
        }
        return probs;
    }
}
