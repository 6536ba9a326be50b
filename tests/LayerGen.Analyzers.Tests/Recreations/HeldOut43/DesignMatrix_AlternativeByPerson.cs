// Idiom: multinomial logit with individual characteristics (alternative-specific coefficients), V = B·X, P per person
// Layout: B[alternatives, covariates], X[covariates, persons] design matrix, utilities and probabilities [alternatives, persons]
// Correct
using System;

namespace HeldOut43.DesignMatrix_AlternativeByPerson;

public static class MnlDesign
{
    public static double[,] Probabilities(double[,] b, double[,] x)
    {
        int nAlts = b.GetLength(0), nCov = b.GetLength(1), nPersons = x.GetLength(1);
        var v = new double[nAlts, nPersons];
        for (int j = 0; j < nAlts; j++)
            for (int n = 0; n < nPersons; n++)
            {
                double acc = 0.0;
                for (int k = 0; k < nCov; k++)
                    acc += b[j, k] * x[k, n];
                v[j, n] = acc;
            }

        var p = new double[nAlts, nPersons];
        for (int n = 0; n < nPersons; n++)
        {
            double vMax = v[0, n];
            for (int j = 1; j < nAlts; j++)
                if (v[j, n] > vMax) vMax = v[j, n];

            double denom = 0.0;
            for (int j = 0; j < nAlts; j++)
            {
                p[j, n] = Math.Exp(v[j, n] - vMax);
                denom += p[j, n];
            }

            for (int j = 0; j < nAlts; j++)
                p[j, n] = p[j, n] / denom;
        }

        return p;
    }
}
