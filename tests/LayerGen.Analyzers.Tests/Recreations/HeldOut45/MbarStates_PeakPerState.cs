// Idiom: MBAR/WHAM state responsibilities with a precomputed peak per state (taken along the state's row of u_kn)
// Layout: jagged u[state][sample], weights jagged [state][sample], peaks in a double[states]
// Bug (LG0004): the peak runs over the samples of one state, while each softmax (and its sum) runs over the states of one sample
using System;

namespace HeldOut45.MbarStates_PeakPerState;

public static class Mbar
{
    public static double[][] StateWeights(double[][] u, double[] f)
    {
        int K = u.Length;
        int N = u[0].Length;
        var peak = new double[K];
        for (int k = 0; k < K; k++)
        {
            peak[k] = double.NegativeInfinity;
            for (int n = 0; n < N; n++)
                peak[k] = Math.Max(peak[k], f[k] - u[k][n]); //~ LG0004
        }

        var w = new double[K][];
        for (int k = 0; k < K; k++)
            w[k] = new double[N];

        for (int n = 0; n < N; n++)
        {
            double denom = 0;
            for (int k = 0; k < K; k++)
            {
                w[k][n] = Math.Exp(f[k] - u[k][n] - peak[k]);
                denom += w[k][n];
            }

            for (int k = 0; k < K; k++)
                w[k][n] /= denom;
        }

        return w;
    }
}
