// Re-creation (our own code) of the shape of ComplEx 1-N softmax scoring (Trouillon et al. 2016; kbc-style), the
// batch of queries scored into one [Q, E] matrix first.
// Layout: double[Q, E] score matrix from per-query h∘r and per-entity embeddings (double[rank] arrays), per-query
// maxima in a double[], one partition function for the batch.
// Bug (LG0002): the partition sum accumulates over every query's entities, so each query's distribution sums to
// about 1/Q.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class ComplExScoringPartitionAcrossQueries
{
    public static double[,] Probabilities(double[][] queryRe, double[][] queryIm, double[][] entityRe, double[][] entityIm)
    {
        int queries = queryRe.Length;
        int entities = entityRe.Length;
        var score = new double[queries, entities];
        var queryBest = new double[queries];
        for (int q = 0; q < queries; q++)
        {
            queryBest[q] = double.NegativeInfinity;
            for (int e = 0; e < entities; e++)
            {
                double s = 0.0;
                for (int k = 0; k < queryRe[q].Length; k++)
                    s += queryRe[q][k] * entityRe[e][k] + queryIm[q][k] * entityIm[e][k];
                score[q, e] = s;
                queryBest[q] = Math.Max(queryBest[q], s);
            }
        }

        var probability = new double[queries, entities];
        double partition = 0.0;
        for (int q = 0; q < queries; q++)
        {
            for (int e = 0; e < entities; e++)
            {
                probability[q, e] = Math.Exp(score[q, e] - queryBest[q]);
                partition += probability[q, e]; //~ LG0002
            }
        }

        for (int q = 0; q < queries; q++)
            for (int e = 0; e < entities; e++)
                probability[q, e] /= partition;

        return probability;
    }
}
