// Idiom: soft k-means E-step (soft assignment of each point over the centroids): r[i, c] = exp(-(d2 - d2min) / T) / Z,
// shifted by the point's own nearest squared distance.
// Layout: List<Vector3> point cloud, Vector3[] centroids; responsibilities out float[points, clusters] (row-major).
// Inspired by: Rosalind "Soft k-Means Clustering" step and point-cloud soft k-means snippets (read for style only; own code).
// Correct.
using System;
using System.Collections.Generic;
using System.Numerics;

namespace HeldOut61.SoftKMeans_PointNearestCentroid;

public static class SoftKMeans
{
    public static float[,] Assign(List<Vector3> points, Vector3[] centroids, float temperature)
    {
        var r = new float[points.Count, centroids.Length];
        for (int i = 0; i < points.Count; i++)
        {
            float dMin = float.MaxValue;
            for (int c = 0; c < centroids.Length; c++)
            {
                dMin = Math.Min(dMin, Vector3.DistanceSquared(points[i], centroids[c]));
            }

            float total = 0f;
            for (int c = 0; c < centroids.Length; c++)
            {
                float e = MathF.Exp(-(Vector3.DistanceSquared(points[i], centroids[c]) - dMin) / temperature);
                r[i, c] = e;
                total += e;
            }

            for (int c = 0; c < centroids.Length; c++)
            {
                r[i, c] /= total;
            }
        }

        return r;
    }
}
