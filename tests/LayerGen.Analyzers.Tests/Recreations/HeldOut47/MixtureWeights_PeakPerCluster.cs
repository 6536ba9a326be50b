// Idiom: EM for a mixture of sequence profiles, cluster-major: log pi_k + log L_k(seq_n) kept as one array per
// cluster, responsibilities per sequence (over the clusters, across the arrays).
// Layout: jagged double[clusters][sequences] (one row per cluster); `logJoint[k].Max()` per cluster; Math.Exp.
// Bug LG0004: the peak is taken per cluster along its row (over the sequences) while each sequence's sum runs over the
// clusters: max and sum over different axes.
using System;
using System.Linq;

namespace HeldOut47.MixtureWeights_PeakPerCluster;

public static class ClusterEm
{
    public static double[][] Responsibilities(double[][] logJoint)
    {
        int clusters = logJoint.Length;
        int sequences = logJoint[0].Length;
        var clusterPeak = new double[clusters];
        for (int k = 0; k < clusters; k++)
        {
            clusterPeak[k] = logJoint[k].Max(); //~ LG0004
        }

        var r = new double[clusters][];
        for (int k = 0; k < clusters; k++)
        {
            r[k] = new double[sequences];
        }

        for (int n = 0; n < sequences; n++)
        {
            double z = 0.0;
            for (int k = 0; k < clusters; k++)
            {
                r[k][n] = Math.Exp(logJoint[k][n] - clusterPeak[k]);
                z += r[k][n];
            }

            for (int k = 0; k < clusters; k++)
            {
                r[k][n] /= z;
            }
        }

        return r;
    }
}
