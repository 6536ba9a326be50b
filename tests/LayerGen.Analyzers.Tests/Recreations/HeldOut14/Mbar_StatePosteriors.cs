// Source: MBAR state weights (Shirts & Chodera 2008; choderalab/pymbar `_computeWeights`/`logsumexp` with
// b = N_k): the posterior of state k for sample n is N_k exp(f_k - u_kn) / sum_k' N_k' exp(f_k' - u_k'n).
// Layout: state-major reduced potentials double[states, samples], free energies f[] and counts N[]; per sample the
// log-weights a_k = ln N_k + f_k - u_kn go into a stackalloc'd span, log-sum-exp with their maximum.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class Mbar_StatePosteriors
{
    public static void Posteriors(double[,] u, double[] f, int[] counts, double[,] w)
    {
        int k = u.GetLength(0);
        int n = u.GetLength(1);
        Span<double> a = k <= 64 ? stackalloc double[k] : new double[k];
        for (int s = 0; s < n; s++)
        {
            double amax = double.NegativeInfinity;
            for (int i = 0; i < k; i++)
            {
                a[i] = Math.Log(counts[i]) + f[i] - u[i, s];
                if (a[i] > amax) amax = a[i];
            }
            double acc = 0;
            for (int i = 0; i < k; i++)
                acc += Math.Exp(a[i] - amax);
            double logDenominator = amax + Math.Log(acc);
            for (int i = 0; i < k; i++)
                w[i, s] = Math.Exp(a[i] - logDenominator);
        }
    }
}
