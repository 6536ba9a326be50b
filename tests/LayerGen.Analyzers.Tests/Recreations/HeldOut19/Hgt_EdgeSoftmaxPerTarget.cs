// Source: Heterogeneous Graph Transformer (Hu et al. 2020; PyG `HGTConv`, acbull/pyHGT): per edge the attention
// ATT = (K(s) W_att[φ(e)] · Q(t)) · μ[⟨τ(s), φ(e), τ(t)⟩] / √d, softmax over the incoming edges of each target node
// (a scatter softmax), then the messages are summed into the target.
// Layout: COO edge list `ReadOnlySpan<(int Src, int Dst, int Relation)>`, node features `double[nodes, d]`,
// relation priors `double[]`, per-node peak and sum arrays, edge weights out `double[]`.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut19;

public static class HgtEdgeSoftmaxPerTarget
{
    /// <summary>Edge attention of one HGT head and the aggregated messages.</summary>
    public static void Attend(
        ReadOnlySpan<(int Src, int Dst, int Relation)> edges, double[,] keys, double[,] queries, double[,] values,
        double[] relationPrior, double[] alpha, double[,] aggregated)
    {
        int nodes = queries.GetLength(0);
        int d = queries.GetLength(1);
        double invSqrtD = 1.0 / Math.Sqrt(d);

        var nodePeak = new double[nodes];
        var nodeSum = new double[nodes];
        Array.Fill(nodePeak, double.NegativeInfinity);

        for (int e = 0; e < edges.Length; e++)
        {
            var (src, dst, rel) = edges[e];
            double score = 0.0;
            for (int i = 0; i < d; i++) score += keys[src, i] * queries[dst, i];
            alpha[e] = score * relationPrior[rel] * invSqrtD;
            if (alpha[e] > nodePeak[dst]) nodePeak[dst] = alpha[e];
        }

        for (int e = 0; e < edges.Length; e++)
        {
            int dst = edges[e].Dst;
            alpha[e] = Math.Exp(alpha[e] - nodePeak[dst]);
            nodeSum[dst] += alpha[e];
        }

        for (int e = 0; e < edges.Length; e++)
        {
            var (src, dst, _) = edges[e];
            alpha[e] /= nodeSum[dst];
            for (int i = 0; i < d; i++) aggregated[dst, i] += alpha[e] * values[src, i];
        }
    }
}
