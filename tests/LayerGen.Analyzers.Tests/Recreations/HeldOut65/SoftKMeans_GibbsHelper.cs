// Idiom: soft k-means E-step with small static helpers, `Distance` (squared) and `Gibbs(d, beta) = exp(-beta * d)`,
// as a textbook transcription of r = exp(-beta d) / sum exp(-beta d). Use: soft clustering.
// Layout: jagged double[n][dim] points, double[k][dim] centres, jagged double[n][k] responsibilities. Our own code.
// Bug LG0003: the Gibbs factor exponentiates the raw (scaled) distance with no shift by the point's nearest distance
// (every factor underflows to 0 for a point far from all centres: 0 / 0). Marker at the helper's call.
using System;

namespace HeldOut65.SoftKMeans_GibbsHelper;

public static class SoftClustering
{
    private static double Distance(double[] a, double[] b)
    {
        double s = 0.0;
        for (int t = 0; t < a.Length; t++)
        {
            s += (a[t] - b[t]) * (a[t] - b[t]);
        }

        return s;
    }

    private static double Gibbs(double distance, double beta) => Math.Exp(-beta * distance);

    public static double[][] EStep(double[][] points, double[][] centres, double beta)
    {
        var r = new double[points.Length][];
        for (int i = 0; i < points.Length; i++)
        {
            r[i] = new double[centres.Length];
            double z = 0.0;
            for (int c = 0; c < centres.Length; c++)
            {
                r[i][c] = Gibbs(Distance(points[i], centres[c]), beta); //~ LG0003
                z += r[i][c];
            }

            for (int c = 0; c < centres.Length; c++)
            {
                r[i][c] /= z;
            }
        }

        return r;
    }
}
