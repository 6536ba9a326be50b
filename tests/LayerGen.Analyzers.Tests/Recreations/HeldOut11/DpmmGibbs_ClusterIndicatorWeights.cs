// Re-creates the shape of a collapsed Gibbs sweep for a Dirichlet-process mixture (Neal 2000, Algorithm 3; the
// "sample the cluster indicator" step of dpmm/bnpy-style samplers): for each point, the weights of its K existing
// clusters, n_k * p(x | cluster k), and of a new cluster, alpha * p(x | prior).
// Layout: jagged double[points][K + 1] log predictive densities (new cluster last), a record per cluster holding its
// size, log-space weights in a stackalloc scratch span.
// Correct: the max and the sum run over one point's K + 1 log weights.
using System;
using System.Collections.Generic;

namespace HeldOut11;

public sealed record ClusterSize(int Members);

public static class DpmmGibbs_ClusterIndicatorWeights
{
    public static void IndicatorWeights(double[][] logPredictive, IReadOnlyList<ClusterSize> clusters, double alpha, double[][] weights)
    {
        int options = clusters.Count + 1;
        Span<double> logWeight = stackalloc double[options];
        for (int i = 0; i < logPredictive.Length; i++)
        {
            for (int k = 0; k < clusters.Count; k++)
                logWeight[k] = Math.Log(clusters[k].Members) + logPredictive[i][k];
            logWeight[options - 1] = Math.Log(alpha) + logPredictive[i][options - 1];
            double top = logWeight[0];
            for (int k = 1; k < options; k++)
                top = Math.Max(top, logWeight[k]);
            double total = 0.0;
            for (int k = 0; k < options; k++)
            {
                weights[i][k] = Math.Exp(logWeight[k] - top);
                total += weights[i][k];
            }
            for (int k = 0; k < options; k++)
                weights[i][k] /= total;
        }
    }
}
