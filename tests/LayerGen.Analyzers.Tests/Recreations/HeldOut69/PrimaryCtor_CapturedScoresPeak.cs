// Idiom: primary constructor capturing the score matrix and a defaulted temperature (C# 12).
// Use: attention weights per query row of a score matrix.
// Layout: double[queries, keys], softmax per query row.
// Bug: LG0001 — the peak is folded over every element of the captured matrix (all queries), not one row.
// Our own code.
#nullable enable
using System;

namespace HeldOut69.PrimaryCtor_CapturedScoresPeak;

public sealed class AttentionBatch(double[,] scores, double temperature = 1.0)
{
    public double[,] Weights()
    {
        int queries = scores.GetLength(0);
        int keys = scores.GetLength(1);
        double top = double.MinValue;
        foreach (double s in scores) top = Math.Max(top, s); //~ LG0001
        var w = new double[queries, keys];
        for (int q = 0; q < queries; q++)
        {
            double z = 0;
            for (int k = 0; k < keys; k++) z += w[q, k] = Math.Exp((scores[q, k] - top) / temperature);
            for (int k = 0; k < keys; k++) w[q, k] /= z;
        }

        return w;
    }
}
