// Re-creates the shape of the kNN-LM next-token distribution (Khandelwal et al. 2020, urvashik/knnlm): the k retrieved
// datastore neighbours of a context get weights softmax(-d_k / T), and p_kNN(v) sums the weights of the neighbours
// whose target token is v.
// Layout: IReadOnlyList<(float Distance, int Token)[]> per query, foreach over the tuples, a vocabulary distribution.
// Bug (LG0003): exp(-d / T) with no shift: every weight underflows to 0 once all distances exceed about 87 T
// (0 / 0), and a negative inner-product "distance" overflows.
using System;
using System.Collections.Generic;

namespace HeldOut11;

public static class KnnLm_RawNegativeDistance
{
    public static float[][] NeighbourWeights(IReadOnlyList<(float Distance, int Token)[]> neighbours, float temperature, float[,] vocabulary)
    {
        var weights = new float[neighbours.Count][];
        for (int q = 0; q < neighbours.Count; q++)
        {
            var w = new float[neighbours[q].Length];
            float sum = 0f;
            int k = 0;
            foreach (var (distance, _) in neighbours[q])
            {
                w[k] = MathF.Exp(-distance / temperature); //~ LG0003
                sum += w[k++];
            }
            for (k = 0; k < w.Length; k++)
            {
                w[k] /= sum;
                vocabulary[q, neighbours[q][k].Token] += w[k];
            }
            weights[q] = w;
        }
        return weights;
    }
}
