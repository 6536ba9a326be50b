// Idiom: PLINQ `AsParallel().Max(row => row.Max())` for the shift, then per-row LINQ Select/Sum.
// Use: batch of next-item recommendations, one distribution over the catalogue slice per user.
// Layout: jagged float[users][items].
// Label: LG0001 — one peak over every user's scores shifts every row.
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut27;

public static class PlinqBatchPeak
{
    /// <summary>Per-user item probabilities, shifted by a batch-wide peak computed in parallel.</summary>
    public static float[][] Recommend(float[][] scores)
    {
        float shift = scores.AsParallel().Max(row => row.Max()); //~ LG0001
        var result = new float[scores.Length][];
        for (int u = 0; u < scores.Length; u++)
        {
            float[] e = scores[u].Select(s => MathF.Exp(s - shift)).ToArray();
            float z = e.Sum();
            result[u] = e.Select(v => v / z).ToArray();
        }

        return result;
    }
}
