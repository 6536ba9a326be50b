// Source: user-based kNN collaborative filtering with temperature-softmax neighbour weights (Herlocker et al. 1999
// mean-centred prediction; softmax aggregation of neighbour similarities), computed for a batch of target users.
// Layout: `IReadOnlyList<(int User, double Similarity)[]>` neighbour lists, one LINQ pipeline per stage: shifted
// exponentials per target, one normaliser, the division.
// Bug (LG0002): the normaliser is the sum over every target's neighbours (`Sum` of the per-row sums), so each
// target's weights sum to its share of the batch instead of 1.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut18.UserKnn_WeightsNormalisedOverBatch;

public static class UserKnn
{
    public static double[][] Weights(IReadOnlyList<(int User, double Similarity)[]> neighbours, double temperature)
    {
        double[][] exps = neighbours
            .Select(row =>
            {
                double top = row.Max(n => n.Similarity);
                return row.Select(n => Math.Exp((n.Similarity - top) / temperature)).ToArray();
            })
            .ToArray();

        double z = exps.Sum(row => row.Sum()); //~ LG0002
        return exps.Select(row => row.Select(e => e / z).ToArray()).ToArray();
    }
}
