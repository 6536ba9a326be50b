// Source: DiffPool soft cluster assignment (Ying et al. 2018; PyG `dense_diff_pool`): S = softmax(Z) over clusters
// for every node, then pooled features Sᵀ·X.
// Layout: jagged double[nodes][clusters] assignment logits, LINQ Max per node row, pooled double[clusters, dim].
// Correct.
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut13;

public static class DiffPool_ClusterAssignment
{
    public static double[][] Assign(double[][] logits, double[][] features, out double[,] pooled)
    {
        int nodes = logits.Length, clusters = logits[0].Length, dim = features[0].Length;
        var s = new double[nodes][];
        for (int v = 0; v < nodes; v++)
        {
            double[] row = logits[v];
            double m = row.Max();
            s[v] = new double[clusters];
            double z = 0.0;
            for (int c = 0; c < clusters; c++)
                z += s[v][c] = Math.Exp(row[c] - m);
            for (int c = 0; c < clusters; c++)
                s[v][c] /= z;
        }

        pooled = new double[clusters, dim];
        for (int v = 0; v < nodes; v++)
            for (int c = 0; c < clusters; c++)
                for (int d = 0; d < dim; d++)
                    pooled[c, d] += s[v][c] * features[v][d];
        return s;
    }
}
