// Source: Nadaraya-Watson kernel regression as attention (d2l.ai "Attention Pooling": softmax(-(x_q - x_k)^2 / 2h^2)
// over the keys of each query), re-created.
// Layout: double[queries, keys] squared distances, bandwidth h; the largest logit of a row is its nearest key.
// Bug (LG0001): the nearest distance is taken over the whole matrix (all queries), not per query; a query whose
// keys are all far away gets exp(-large) = 0 for every key and divides 0 by 0.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class NadarayaWatson_GlobalMinDistance
{
    public static double[,] AttentionWeights(double[,] squaredDistance, double bandwidth)
    {
        int queries = squaredDistance.GetLength(0), keys = squaredDistance.GetLength(1);
        double twoH2 = 2 * bandwidth * bandwidth;
        double nearest = double.PositiveInfinity;
        for (int q = 0; q < queries; q++)
            for (int k = 0; k < keys; k++)
                if (squaredDistance[q, k] < nearest) nearest = squaredDistance[q, k]; //~ LG0001

        var w = new double[queries, keys];
        for (int q = 0; q < queries; q++)
        {
            double z = 0;
            for (int k = 0; k < keys; k++)
            {
                w[q, k] = Math.Exp(-(squaredDistance[q, k] - nearest) / twoH2);
                z += w[q, k];
            }
            for (int k = 0; k < keys; k++) w[q, k] /= z;
        }
        return w;
    }
}
