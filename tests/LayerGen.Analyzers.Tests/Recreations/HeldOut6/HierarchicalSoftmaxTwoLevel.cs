// Source: class-based / hierarchical softmax language models (the "cluster then word-in-cluster" factorisation of
// RNNLM-style C# ports: p(w) = p(cluster) * p(w | cluster)), re-created with a flat vocabulary split by cluster offsets.
// Layout: clusterLogits[K]; wordLogits flat, cluster k owns [clusterStart[k], clusterStart[k + 1]).
// Correct: one stable softmax over clusters, one stable softmax per cluster's word slice.
using System;

namespace HeldOut6.HierarchicalSoftmaxTwoLevel;

public sealed class ClassBasedOutput
{
    public static float[] ClusterProbabilities(float[] clusterLogits)
    {
        float top = float.NegativeInfinity;
        for (int k = 0; k < clusterLogits.Length; k++)
        {
            top = MathF.Max(top, clusterLogits[k]);
        }

        var p = new float[clusterLogits.Length];
        float z = 0f;
        for (int k = 0; k < p.Length; k++)
        {
            p[k] = MathF.Exp(clusterLogits[k] - top);
            z += p[k];
        }

        for (int k = 0; k < p.Length; k++)
        {
            p[k] /= z;
        }

        return p;
    }

    public static void WithinCluster(float[] wordLogits, int[] clusterStart, float[] conditional)
    {
        for (int k = 0; k + 1 < clusterStart.Length; k++)
        {
            int lo = clusterStart[k];
            int hi = clusterStart[k + 1];
            float top = wordLogits[lo];
            for (int w = lo + 1; w < hi; w++)
            {
                if (wordLogits[w] > top) top = wordLogits[w];
            }

            float z = 0f;
            for (int w = lo; w < hi; w++)
            {
                conditional[w] = MathF.Exp(wordLogits[w] - top);
                z += conditional[w];
            }

            for (int w = lo; w < hi; w++)
            {
                conditional[w] /= z;
            }
        }
    }

    public static float WordProbability(float[] clusterProbs, float[] conditional, int cluster, int word)
        => clusterProbs[cluster] * conditional[word];
}
