// Idiom: soft k-means "Centers to Soft Clusters" (bioinformatics-course port), hidden matrix of distances, shift "so exp does not underflow"
// Layout: hidden[cluster][point] (cluster-major jagged), Euclidean distance helper, `hidden[c].Min()`
// Bug (LG0004): the shift is each cluster's closest distance over all points, while the sum runs per point over the clusters
using System;
using System.Linq;

namespace HeldOut45.SoftKMeans_NearestPerCluster;

public static class SoftClustering
{
    public static double[][] CentersToSoftClusters(double[][] data, double[][] centers, double beta)
    {
        int k = centers.Length;
        int n = data.Length;
        var hidden = new double[k][];
        for (int c = 0; c < k; c++)
        {
            hidden[c] = new double[n];
            for (int i = 0; i < n; i++)
                hidden[c][i] = Distance(data[i], centers[c]);
        }

        var closest = new double[k];
        for (int c = 0; c < k; c++)
            closest[c] = hidden[c].Min(); //~ LG0004

        for (int i = 0; i < n; i++)
        {
            double epsilon = 0;
            for (int c = 0; c < k; c++)
            {
                hidden[c][i] = Math.Exp(-beta * (hidden[c][i] - closest[c]));
                epsilon += hidden[c][i];
            }

            for (int c = 0; c < k; c++)
                hidden[c][i] /= epsilon;
        }

        return hidden;
    }

    private static double Distance(double[] a, double[] b)
    {
        double s = 0;
        for (int j = 0; j < a.Length; j++)
            s += (a[j] - b[j]) * (a[j] - b[j]);
        return Math.Sqrt(s);
    }
}
