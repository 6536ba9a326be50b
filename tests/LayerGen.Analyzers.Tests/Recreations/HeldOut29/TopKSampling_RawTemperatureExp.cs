// Idiom: temperature + top-k sampling: keep the k largest logits, softmax them at temperature T, zero the rest.
// Use: next-token sampling in a small language model. Layout: float[] vocabulary row; LINQ over the kept logits.
// Bug (LG0003): the kept logits are exponentiated as exp(l / T) with no max subtracted ("top-k logits are small"):
// exp overflows to ∞ once l / T passes ~88, and the row turns into NaN.
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut29;

/// <summary>Top-k distribution from raw tempered exps.</summary>
public static class TopKRawTemperature
{
    /// <summary>Returns the top-k softmax distribution over the vocabulary (zeros outside the k kept tokens).</summary>
    public static float[] Distribution(float[] logits, int k, float temperature)
    {
        int[] order = Enumerable.Range(0, logits.Length).OrderByDescending(i => logits[i]).Take(k).ToArray();
        float[] weights = order.Select(i => MathF.Exp(logits[i] / temperature)).ToArray(); //~ LG0003
        float total = weights.Sum();

        float[] distribution = new float[logits.Length];
        for (int j = 0; j < order.Length; j++)
        {
            distribution[order[j]] = weights[j] / total;
        }

        return distribution;
    }
}
