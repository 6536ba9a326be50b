// Source: MBAR state weights (Shirts & Chodera 2008; pymbar), the textbook form without log-sum-exp.
// Layout: state-major reduced potentials double[states, samples], free energies f[] and counts N[]; the denominator
// per sample is accumulated straight from the Boltzmann factors.
// Bug LG0003: exp(f_k - u_kn) is taken on the raw log-weights (reduced potentials of real systems are in the
// hundreds of kT: overflow or 0/0).
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class Mbar_RawBoltzmannFactors
{
    public static void Posteriors(double[,] u, double[] f, int[] counts, double[,] w)
    {
        int k = u.GetLength(0);
        int n = u.GetLength(1);
        for (int s = 0; s < n; s++)
        {
            double denominator = 0;
            for (int i = 0; i < k; i++)
            {
                w[i, s] = counts[i] * Math.Exp(f[i] - u[i, s]); //~ LG0003
                denominator += w[i, s];
            }
            for (int i = 0; i < k; i++)
                w[i, s] /= denominator;
        }
    }
}
