// Source: soft k-means / Gaussian-mixture E-steps in C# (Accord.NET-style clustering, course code):
// responsibilities r_k = exp(-beta * d_k) / sum_j exp(-beta * d_j) for every point.
// Layout: row-major [points, clusters] double distances; the logits are -beta * d.
// Bug: exp(-beta * d) with no max (min-distance) shift: 0/0 for far points, inf for negative scores.
using System;

namespace LayerGen.HeldOut4.SoftKMeansResponsibilitiesRawExp;

public static class SoftKMeans
{
    public static void Responsibilities(double[] distances, double[] resp, int points, int clusters, double beta)
    {
        for (int n = 0; n < points; n++)
        {
            double norm = 0.0;
            for (int k = 0; k < clusters; k++)
            {
                double w = Math.Exp(-beta * distances[n * clusters + k]); //~ LG0003
                resp[n * clusters + k] = w;
                norm += w;
            }

            for (int k = 0; k < clusters; k++)
                resp[n * clusters + k] /= norm;
        }
    }
}
