// Idiom: nested logit, within-nest probabilities P(j | k) = exp(V_j / λ_k) / Σ_{i in k} exp(V_i / λ_k) and inclusive values
// Layout: wide double[persons, alternatives] utilities, nest membership array nestOf[alternative], inclusive values [persons, nests]
// Correct
using System;

namespace HeldOut43.NestedLogit_WithinNestShares;

public static class NestedLogit
{
    public static double[,] WithinNest(double[,] v, int[] nestOf, double[] lambda, double[,] inclusiveValue)
    {
        int nPersons = v.GetLength(0), nAlts = v.GetLength(1), nNests = lambda.Length;
        var cond = new double[nPersons, nAlts];
        for (int n = 0; n < nPersons; n++)
        {
            for (int k = 0; k < nNests; k++)
            {
                double lam = lambda[k];
                double m = double.NegativeInfinity;
                for (int j = 0; j < nAlts; j++)
                    if (nestOf[j] == k && v[n, j] / lam > m)
                        m = v[n, j] / lam;

                double sum = 0.0;
                for (int j = 0; j < nAlts; j++)
                {
                    if (nestOf[j] != k) continue;
                    cond[n, j] = Math.Exp(v[n, j] / lam - m);
                    sum += cond[n, j];
                }

                for (int j = 0; j < nAlts; j++)
                    if (nestOf[j] == k)
                        cond[n, j] /= sum;

                // IV_k = log Σ_{j in k} exp(V_j / λ_k), written stably.
                inclusiveValue[n, k] = m + Math.Log(sum);
            }
        }

        return cond;
    }
}
