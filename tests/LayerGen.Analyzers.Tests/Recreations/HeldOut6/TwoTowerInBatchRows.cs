// Source: two-tower retrieval with in-batch negatives (query tower x item tower similarity matrix, softmax over the
// batch's items for each query), re-created on a precomputed double[B, B] similarity matrix with a temperature.
// Layout: sim[query, item]; the softmax runs along each row.
// Correct: per-query max of the scaled similarities, per-query sum.
using System;

namespace HeldOut6.TwoTowerInBatchRows;

public static class InBatchSoftmax
{
    public static double[,] QueryToItem(double[,] similarity, double temperature)
    {
        int n = similarity.GetLength(0);
        int m = similarity.GetLength(1);
        var p = new double[n, m];
        for (int q = 0; q < n; q++)
        {
            double best = double.NegativeInfinity;
            for (int i = 0; i < m; i++)
            {
                best = Math.Max(best, similarity[q, i] / temperature);
            }

            double sum = 0.0;
            for (int i = 0; i < m; i++)
            {
                p[q, i] = Math.Exp(similarity[q, i] / temperature - best);
                sum += p[q, i];
            }

            for (int i = 0; i < m; i++)
            {
                p[q, i] /= sum;
            }
        }

        return p;
    }
}
