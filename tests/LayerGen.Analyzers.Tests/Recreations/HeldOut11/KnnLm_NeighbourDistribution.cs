// Re-creates the shape of the kNN-LM next-token distribution (Khandelwal et al. 2020, urvashik/knnlm): the k retrieved
// datastore neighbours of a context get weights softmax(-d_k / T), and p_kNN(v) sums the weights of the neighbours
// whose target token is v.
// Layout: IReadOnlyList<(float Distance, int Token)[]> per query (tuples), neighbour weights float[][], a vocabulary
// distribution float[queries, vocab] scattered by token.
// Correct: the shift is the query's nearest distance; the max of -d / T and the sum run over the query's neighbours.
using System;
using System.Collections.Generic;

namespace HeldOut11;

public static class KnnLm_NeighbourDistribution
{
    public static float[][] NeighbourWeights(IReadOnlyList<(float Distance, int Token)[]> neighbours, float temperature, float[,] vocabulary)
    {
        var weights = new float[neighbours.Count][];
        for (int q = 0; q < neighbours.Count; q++)
        {
            (float Distance, int Token)[] knn = neighbours[q];
            float nearest = float.PositiveInfinity;
            foreach (var (distance, _) in knn)
                nearest = MathF.Min(nearest, distance);
            var w = new float[knn.Length];
            float sum = 0f;
            for (int k = 0; k < knn.Length; k++)
            {
                w[k] = MathF.Exp(-(knn[k].Distance - nearest) / temperature);
                sum += w[k];
            }
            for (int k = 0; k < knn.Length; k++)
            {
                w[k] /= sum;
                vocabulary[q, knn[k].Token] += w[k];
            }
            weights[q] = w;
        }
        return weights;
    }
}
