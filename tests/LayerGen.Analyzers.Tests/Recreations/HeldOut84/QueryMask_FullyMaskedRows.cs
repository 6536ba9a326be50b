// Idiom: query mask and key mask together; a masked query row is skipped with `continue` and stays all zero.
// Use: cross-attention between a padded target and a padded source.
// Layout: double[queries, keys], bool[queries] queryMask, bool[keys] keyMask (true = real token).
// Correct: each unmasked query row takes its own max and sum over the unmasked keys.
// Our own code.
using System;

namespace HeldOut84.QueryMask_FullyMaskedRows;

public static class CrossAttention
{
    public static double[,] Softmax(double[,] scores, bool[] queryMask, bool[] keyMask)
    {
        int queries = scores.GetLength(0), keys = scores.GetLength(1);
        var a = new double[queries, keys];
        for (int q = 0; q < queries; q++)
        {
            if (!queryMask[q]) continue;

            double max = double.NegativeInfinity;
            for (int k = 0; k < keys; k++)
            {
                if (!keyMask[k]) continue;
                max = Math.Max(max, scores[q, k]);
            }

            double sum = 0.0;
            for (int k = 0; k < keys; k++)
            {
                if (!keyMask[k]) continue;
                sum += a[q, k] = Math.Exp(scores[q, k] - max);
            }

            for (int k = 0; k < keys; k++) a[q, k] /= sum;
        }
        return a;
    }
}
