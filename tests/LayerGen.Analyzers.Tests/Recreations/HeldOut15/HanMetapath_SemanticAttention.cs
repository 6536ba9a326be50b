// HeldOut15 — HanMetapath_SemanticAttention
// Source: heterogeneous graph attention network, semantic-level attention (Wang et al. 2019, "HAN";
// Jhy1993/HAN, DGL `SemanticAttention`): w_p = mean over nodes of qᵀ tanh(W z_i^p + b), β = softmax_p(w),
// Z = Σ_p β_p Z^p.
// Layout: one node-embedding matrix double[nodes, dim] per meta-path in a List; W double[dim, hidden],
// b and q double[hidden]; importance kept in record structs (Path, Score).
// Correct: the meta-path scores are shifted by their maximum before exp.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut15;

public static class HanMetapath_SemanticAttention
{
    /// <summary>Importance of one meta-path before the softmax.</summary>
    public readonly record struct MetapathScore(int Path, double Score);

    /// <summary>Semantic attention weights β over the meta-paths; the fused embedding goes to fused.</summary>
    public static double[] Fuse(List<double[,]> embeddings, double[,] w, double[] b, double[] q, double[,] fused)
    {
        int nodes = embeddings[0].GetLength(0), dim = w.GetLength(0), hidden = w.GetLength(1);
        var scores = new List<MetapathScore>();
        for (int p = 0; p < embeddings.Count; p++)
        {
            double total = 0;
            for (int i = 0; i < nodes; i++)
                for (int h = 0; h < hidden; h++)
                {
                    double a = b[h];
                    for (int c = 0; c < dim; c++) a += embeddings[p][i, c] * w[c, h];
                    total += q[h] * Math.Tanh(a);
                }
            scores.Add(new MetapathScore(p, total / nodes));
        }

        double best = double.NegativeInfinity;
        foreach (MetapathScore s in scores) best = Math.Max(best, s.Score);
        var beta = new double[scores.Count];
        double z = 0;
        foreach (MetapathScore s in scores)
        {
            beta[s.Path] = Math.Exp(s.Score - best);
            z += beta[s.Path];
        }
        for (int p = 0; p < beta.Length; p++)
        {
            beta[p] /= z;
            for (int i = 0; i < nodes; i++)
                for (int c = 0; c < dim; c++) fused[i, c] += beta[p] * embeddings[p][i, c];
        }
        return beta;
    }
}
