// Idiom: MBAR/WHAM state responsibilities, p(k | n) = exp(f_k - u_kn) / sum_l exp(f_l - u_ln), per-sample maximum over the states
// Layout: pymbar's u_kn as double[states, samples] (one softmax per column), weights in the same layout
// Correct
using System;

namespace HeldOut45.MbarStates_SampleStateWeights;

public static class Mbar
{
    public static double[,] StateWeights(double[,] uKn, double[] f)
    {
        int K = uKn.GetLength(0);
        int N = uKn.GetLength(1);
        var w = new double[K, N];
        for (int n = 0; n < N; n++)
        {
            double top = double.NegativeInfinity;
            for (int k = 0; k < K; k++)
                top = Math.Max(top, f[k] - uKn[k, n]);

            double denom = 0;
            for (int k = 0; k < K; k++)
            {
                w[k, n] = Math.Exp(f[k] - uKn[k, n] - top);
                denom += w[k, n];
            }

            for (int k = 0; k < K; k++)
                w[k, n] /= denom;
        }

        return w;
    }
}
