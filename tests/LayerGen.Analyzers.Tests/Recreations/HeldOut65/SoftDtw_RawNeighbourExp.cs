// Idiom: soft-DTW forward recursion written straight from the definition: the three neighbours' Gibbs factors
// exp(-R / gamma), their sum, R = D - gamma * log(sum), and the soft-argmin weights factor / sum per cell.
// Use: differentiable time-series alignment. Layout: jagged double[n + 1][m + 1] accumulated cost with an infinite border;
// weights as jagged double[n][3 * m] (three per cell, stride 3). Our own code.
// Bug LG0003: exp of the raw accumulated costs with no shift by their minimum (R grows along the path, so every factor
// underflows to 0 and the weights become 0 / 0; negative costs overflow).
using System;

namespace HeldOut65.SoftDtw_RawNeighbourExp;

public static class SoftDtwNaive
{
    public static double[][] Forward(double[][] distance, double gamma, double[][] weights)
    {
        int n = distance.Length;
        int m = distance[0].Length;
        var r = new double[n + 1][];
        for (int i = 0; i <= n; i++)
        {
            r[i] = new double[m + 1];
            Array.Fill(r[i], double.PositiveInfinity);
        }

        r[0][0] = 0.0;
        var factor = new double[3];
        for (int i = 1; i <= n; i++)
        {
            for (int j = 1; j <= m; j++)
            {
                double[] prev = { r[i - 1][j - 1], r[i - 1][j], r[i][j - 1] };
                double sum = 0.0;
                for (int k = 0; k < 3; k++)
                {
                    factor[k] = Math.Exp(-prev[k] / gamma); //~ LG0003
                    sum += factor[k];
                }

                r[i][j] = distance[i - 1][j - 1] - gamma * Math.Log(sum);
                for (int k = 0; k < 3; k++)
                {
                    weights[i - 1][3 * (j - 1) + k] = factor[k] / sum;
                }
            }
        }

        return r;
    }
}
