// Source: probabilistic data association (Bar-Shalom, Daum & Huang 2009) applied per track inside JPDA-style clusters
// of tracks that share gated measurements: β_i ∝ exp(−d_i²/2) over one track's gated measurements (P_D = 1 here).
// Layout: jagged double[tracks][measurements] squared distances, int[] cluster id per track; per-track weight rows with
// a per-track minimum distance; normalisers kept in an array indexed by the track's cluster.
// Bug: LG0002 (the normaliser of a cluster sums every track of the cluster, not one track).
using System;

namespace LayerGen.Recreations.HeldOut16.PdaTracking_ClusterNormaliser;

public static class Pda
{
    /// <summary>Association probabilities [tracks][measurements].</summary>
    public static double[][] Associate(double[][] mahalanobisSq, int[] clusterOf, int clusters)
    {
        var clusterMass = new double[clusters];
        var beta = new double[mahalanobisSq.Length][];
        for (int t = 0; t < mahalanobisSq.Length; t++)
        {
            double[] d2 = mahalanobisSq[t];
            double nearest = d2[0];
            for (int i = 1; i < d2.Length; i++) nearest = Math.Min(nearest, d2[i]);
            var w = new double[d2.Length];
            for (int i = 0; i < d2.Length; i++) w[i] = Math.Exp(-0.5 * (d2[i] - nearest));
            for (int i = 0; i < w.Length; i++) clusterMass[clusterOf[t]] += w[i]; //~ LG0002
            beta[t] = w;
        }
        for (int t = 0; t < beta.Length; t++)
            for (int i = 0; i < beta[t].Length; i++)
                beta[t][i] /= clusterMass[clusterOf[t]];
        return beta;
    }
}
