// Idiom: per-element attention mask; masked keys are skipped with `continue` and left at zero.
// Use: masked attention weights over keys, one row per query.
// Layout: double[queries, keys] (2D, row-major) with bool[queries, keys] mask (true = masked out).
// Bug (LG0003): the kept scores are exponentiated raw, no max subtracted, then normalised per query.
// Our own code.
using System;

namespace HeldOut90.MaskedRows_RawExpKept;

public static class MaskedAttention
{
    public static double[,] Weights(double[,] scores, bool[,] masked)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(masked);
        int queries = scores.GetLength(0);
        int keys = scores.GetLength(1);
        var weights = new double[queries, keys];
        for (int q = 0; q < queries; q++)
        {
            double denominator = 0;
            for (int k = 0; k < keys; k++)
            {
                if (masked[q, k])
                {
                    continue;
                }

                double e = Math.Exp(scores[q, k]); //~ LG0003
                weights[q, k] = e;
                denominator += e;
            }

            if (denominator == 0)
            {
                continue;
            }

            for (int k = 0; k < keys; k++)
            {
                weights[q, k] /= denominator;
            }
        }

        return weights;
    }
}
