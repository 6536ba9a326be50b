// Idiom: GAT on a dense graph, masked logits e[i, j], per-column maxima precomputed "for stability"
// Layout: double[,] e [n, n] and bool[,] adj, row i = destination node
// Bug (LG0004): the max runs down each column (over destinations), the sum along each row (over neighbours)
using System;

namespace HeldOut37.DenseAdjacency_ColumnMax;

public static class DenseGat
{
    public static double[,] MaskedAttention(double[,] e, bool[,] adj)
    {
        int n = e.GetLength(0);
        var colMax = new double[n];
        for (int j = 0; j < n; j++)
        {
            colMax[j] = double.NegativeInfinity;
            for (int i = 0; i < n; i++)
            {
                if (adj[i, j]) colMax[j] = Math.Max(colMax[j], e[i, j]); //~ LG0004
            }
        }

        var alpha = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            double rowSum = 0;
            for (int j = 0; j < n; j++)
            {
                if (adj[i, j])
                {
                    alpha[i, j] = Math.Exp(e[i, j] - colMax[j]);
                    rowSum += alpha[i, j];
                }
            }

            for (int j = 0; j < n; j++)
            {
                alpha[i, j] /= rowSum;
            }
        }

        return alpha;
    }
}
