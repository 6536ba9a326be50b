// Re-creates the shape of a collapsed Gibbs sweep for a Dirichlet-process mixture (Neal 2000, Algorithm 3; the
// "sample the cluster indicator" step of dpmm/bnpy-style samplers): for each point, the weights of its K existing
// clusters, n_k * p(x | cluster k), and of a new cluster, alpha * p(x | prior).
// Layout: jagged double[points][K + 1] log predictive densities (new cluster last), log weights of every point
// materialised first, then a nested foreach for the shift.
// Bug (LG0001): the shift is the max over every point's log weights, not over the point's own K + 1.
using System;
using System.Collections.Generic;

namespace HeldOut11;

public sealed record ClusterTally(int Members);

public static class DpmmGibbs_MaxOverAllPoints
{
    public static void IndicatorWeights(double[][] logPredictive, IReadOnlyList<ClusterTally> clusters, double alpha, double[][] weights)
    {
        int options = clusters.Count + 1;
        var logWeight = new double[logPredictive.Length][];
        for (int i = 0; i < logPredictive.Length; i++)
        {
            logWeight[i] = new double[options];
            for (int k = 0; k < clusters.Count; k++)
                logWeight[i][k] = Math.Log(clusters[k].Members) + logPredictive[i][k];
            logWeight[i][options - 1] = Math.Log(alpha) + logPredictive[i][options - 1];
        }
        double top = double.NegativeInfinity;
        foreach (double[] row in logWeight)
            foreach (double w in row)
                top = Math.Max(top, w); //~ LG0001
        for (int i = 0; i < logWeight.Length; i++)
        {
            double total = 0.0;
            for (int k = 0; k < options; k++)
            {
                weights[i][k] = Math.Exp(logWeight[i][k] - top);
                total += weights[i][k];
            }
            for (int k = 0; k < options; k++)
                weights[i][k] /= total;
        }
    }
}
