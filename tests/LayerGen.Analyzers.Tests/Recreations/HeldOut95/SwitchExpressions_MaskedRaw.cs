// Idiom: switch expression on the logit value — masked (−∞) logits map to 0, others to their exp.
// Use: attention-style scores with masked positions, softmax per query row.
// Layout: double[queries, keys] (row-major 2D).
// Bug (LG0003): `var v => Math.Exp(v)` exponentiates the raw score, no max subtracted.
// Our own code.
#nullable enable
using System;

namespace HeldOut95.SwitchExpressions_MaskedRaw;

public static class MaskedSoftmax
{
    public static double[,] Rows(double[,] scores)
    {
        int queries = scores.GetLength(0), keys = scores.GetLength(1);
        var w = new double[queries, keys];
        for (int q = 0; q < queries; q++)
        {
            double norm = 0;
            for (int k = 0; k < keys; k++)
            {
                w[q, k] = scores[q, k] switch
                {
                    double.NegativeInfinity => 0.0,
                    var v => Math.Exp(v), //~ LG0003
                };
                norm += w[q, k];
            }
            for (int k = 0; k < keys; k++)
                w[q, k] /= norm;
        }
        return w;
    }
}
