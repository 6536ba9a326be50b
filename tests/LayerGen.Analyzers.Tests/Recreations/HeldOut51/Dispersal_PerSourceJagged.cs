// Idiom: negative-exponential dispersal kernel normalised per source patch: P(i → j) = exp(−alpha·d_ij) / Σ_j, written
// with the nearest target's distance as reference, exp(−alpha·(d_ij − d_min,i)).
// Use: metapopulation / seed-dispersal models, where each source patch sends its propagules to the target patches.
// Layout: jagged double[source][target] distances (km), LINQ Min per source; jagged out.
// Correct: the reference distance (the minimum, i.e. the maximum of −alpha·d) and the total are per source.
using System;
using System.Linq;

namespace HeldOut51.Dispersal_PerSourceJagged;

public static class DispersalKernel
{
    public static double[][] Redistribution(double[][] distance, double alpha)
    {
        var p = new double[distance.Length][];
        for (int i = 0; i < distance.Length; i++)
        {
            double[] d = distance[i];
            double nearest = d.Min();
            var k = new double[d.Length];
            double total = 0.0;
            for (int j = 0; j < d.Length; j++)
            {
                k[j] = Math.Exp(-alpha * (d[j] - nearest));
                total += k[j];
            }

            for (int j = 0; j < d.Length; j++) k[j] /= total;
            p[i] = k;
        }

        return p;
    }
}
