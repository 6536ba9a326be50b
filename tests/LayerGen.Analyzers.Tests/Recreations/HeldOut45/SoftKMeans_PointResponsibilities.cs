// Idiom: soft k-means E-step (stiffness beta), responsibilities r_ik = exp(-beta d2_ik) / sum_c exp(-beta d2_ic), shifted by each point's nearest centre
// Layout: jagged points and centres, responsibilities double[points, clusters], squared distances inline
// Correct
using System;

namespace HeldOut45.SoftKMeans_PointResponsibilities;

public static class SoftKMeans
{
    public static double[,] EStep(double[][] points, double[][] centres, double stiffness)
    {
        int n = points.Length;
        int k = centres.Length;
        var r = new double[n, k];
        var d2 = new double[k];
        for (int i = 0; i < n; i++)
        {
            double nearest = double.PositiveInfinity;
            for (int c = 0; c < k; c++)
            {
                double s = 0;
                for (int j = 0; j < points[i].Length; j++)
                {
                    double diff = points[i][j] - centres[c][j];
                    s += diff * diff;
                }

                d2[c] = s;
                if (s < nearest) nearest = s;
            }

            double total = 0;
            for (int c = 0; c < k; c++)
            {
                r[i, c] = Math.Exp(-stiffness * (d2[c] - nearest));
                total += r[i, c];
            }

            for (int c = 0; c < k; c++)
                r[i, c] /= total;
        }

        return r;
    }
}
