// Idiom: soft k-means E-step with a cluster-major distance table: exp(-beta (d2[c, i] - nearest[c])), but nearest[c] is
// the cluster's nearest point (a minimum over the points), while each softmax runs over the clusters of one point.
// Layout: points and centres as flat float[] xyz triples (stride 3); d2 and responsibilities float[clusters, points]
// (column per point).
// Inspired by: Rosalind soft k-means "hidden matrix" (clusters x points) ports (read for style only; own code).
// Bug: LG0004 (minimum per cluster over the points, sum per point over the clusters).
using System;

namespace HeldOut61.SoftKMeans_ClusterMajorNearest;

public static class SoftKMeans
{
    public static float[,] Responsibilities(float[] xyz, float[] centres, float beta)
    {
        int n = xyz.Length / 3, k = centres.Length / 3;
        var d2 = new float[k, n];
        for (int c = 0; c < k; c++)
        {
            for (int i = 0; i < n; i++)
            {
                float dx = xyz[3 * i] - centres[3 * c];
                float dy = xyz[3 * i + 1] - centres[3 * c + 1];
                float dz = xyz[3 * i + 2] - centres[3 * c + 2];
                d2[c, i] = dx * dx + dy * dy + dz * dz;
            }
        }

        var nearest = new float[k];
        for (int c = 0; c < k; c++)
        {
            nearest[c] = float.MaxValue;
            for (int i = 0; i < n; i++)
            {
                if (d2[c, i] < nearest[c]) nearest[c] = d2[c, i]; //~ LG0004
            }
        }

        var resp = new float[k, n];
        for (int i = 0; i < n; i++)
        {
            float z = 0f;
            for (int c = 0; c < k; c++)
            {
                resp[c, i] = MathF.Exp(-beta * (d2[c, i] - nearest[c]));
                z += resp[c, i];
            }

            for (int c = 0; c < k; c++)
            {
                resp[c, i] /= z;
            }
        }

        return resp;
    }
}
