// Source: user-based k-nearest-neighbour collaborative filtering with mean-centred prediction (Herlocker et al.
// 1999; Resnick et al. 1994 GroupLens), here with temperature-softmax neighbour weights instead of raw similarity
// weights (as in LensKit-style "softmax aggregation" variants): r_hat(u, i) = mean_u + sum_v w_uv (r_vi - mean_v),
// w_uv = exp(sim_uv / T) / sum_v' exp(sim_uv' / T).
// Layout: `IReadOnlyList<(int User, double Similarity)[]>` neighbour lists per target user, LINQ `Select` chains,
// `TensorPrimitives.Max` for the peak, ratings in a `Dictionary<(int User, int Item), double>`.
// Correct: each target's weights are shifted by that target's own largest scaled similarity.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics.Tensors;

namespace HeldOut18.UserKnn_SoftmaxNeighbourWeights;

public static class UserKnn
{
    public static double[] Predict(
        IReadOnlyList<(int User, double Similarity)[]> neighbours,
        int[] targetUsers,
        int item,
        IReadOnlyDictionary<(int User, int Item), double> ratings,
        IReadOnlyDictionary<int, double> userMean,
        double temperature,
        double[][] weights)
    {
        var predictions = new double[neighbours.Count];
        for (int t = 0; t < neighbours.Count; t++)
        {
            double[] scaled = neighbours[t].Select(n => n.Similarity / temperature).ToArray();
            double top = TensorPrimitives.Max<double>(scaled);
            double[] e = scaled.Select(v => Math.Exp(v - top)).ToArray();
            double z = e.Sum();
            weights[t] = e.Select(v => v / z).ToArray();

            double deviation = 0.0;
            for (int k = 0; k < neighbours[t].Length; k++)
            {
                var (user, _) = neighbours[t][k];
                if (ratings.TryGetValue((user, item), out double r))
                {
                    deviation += weights[t][k] * (r - userMean[user]);
                }
            }

            predictions[t] = userMean[targetUsers[t]] + deviation;
        }

        return predictions;
    }
}
