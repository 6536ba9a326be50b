// Idiom: `params ReadOnlySpan<double>` (C# 13) called with four loose expert scores per token.
// Use: mixture-of-experts router weights for four experts.
// Layout: double[tokens, 4]; each token's four scores are passed as params; weights written to a Span<double>.
// Bug: LG0003 — both exps are of raw scores, no max subtracted.
// Our own code.
#nullable enable
using System;

namespace HeldOut69.ParamsSpan_RawExpertMix;

public static class Router
{
    public static double[,] Route(double[,] scores)
    {
        int tokens = scores.GetLength(0);
        var weights = new double[tokens, 4];
        Span<double> w = stackalloc double[4];
        for (int t = 0; t < tokens; t++)
        {
            Mix(w, scores[t, 0], scores[t, 1], scores[t, 2], scores[t, 3]);
            for (int e = 0; e < 4; e++) weights[t, e] = w[e];
        }

        return weights;
    }

    private static void Mix(Span<double> dst, params ReadOnlySpan<double> experts)
    {
        double norm = 0;
        foreach (double s in experts) norm += Math.Exp(s); //~ LG0003
        for (int k = 0; k < experts.Length; k++) dst[k] = Math.Exp(experts[k]) / norm; //~ LG0003
    }
}
