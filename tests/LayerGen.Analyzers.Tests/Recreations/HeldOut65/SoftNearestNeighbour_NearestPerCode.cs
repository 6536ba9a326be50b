// Idiom: soft nearest-neighbour assignment with the distances in a code-major table d[k, q] filled by a helper method,
// and the "closest distance" taken for each code over all queries (as a codebook-usage statistic would be), then reused
// as the shift of each query's assignment over the codes. Use: soft VQ. Layout: double[codes, queries] distances,
// double[queries][codes] output. Our own code.
// Bug LG0004: the minimum runs over the queries (along a code's row), the sum over the codes (down a query's column).
using System;

namespace HeldOut65.SoftNearestNeighbour_NearestPerCode;

public static class CodeMajorVq
{
    private static double[,] Distances(double[][] queries, double[][] codes)
    {
        var d = new double[codes.Length, queries.Length];
        for (int k = 0; k < codes.Length; k++)
        {
            for (int q = 0; q < queries.Length; q++)
            {
                double s = 0.0;
                for (int t = 0; t < codes[k].Length; t++)
                {
                    s += (queries[q][t] - codes[k][t]) * (queries[q][t] - codes[k][t]);
                }

                d[k, q] = s;
            }
        }

        return d;
    }

    public static double[][] Assign(double[][] queries, double[][] codes, double temperature)
    {
        double[,] d = Distances(queries, codes);
        var closest = new double[codes.Length];
        for (int k = 0; k < codes.Length; k++)
        {
            closest[k] = double.PositiveInfinity;
            for (int q = 0; q < queries.Length; q++)
            {
                if (d[k, q] < closest[k]) closest[k] = d[k, q]; //~ LG0004
            }
        }

        var assign = new double[queries.Length][];
        for (int q = 0; q < queries.Length; q++)
        {
            assign[q] = new double[codes.Length];
            double z = 0.0;
            for (int k = 0; k < codes.Length; k++)
            {
                assign[q][k] = Math.Exp(-(d[k, q] - closest[k]) / temperature);
                z += assign[q][k];
            }

            for (int k = 0; k < codes.Length; k++)
            {
                assign[q][k] /= z;
            }
        }

        return assign;
    }
}
