// Idiom: multinomial logit choice probabilities P[n, j] = exp(V[n, j]) / Σ_j exp(V[n, j]), utilities V = β·x per person
// Layout: wide format, x[persons, alternatives, attributes], utilities and probabilities double[persons, alternatives]
// Correct
using System;

namespace HeldOut43.WideMnl_PersonProbabilities;

public static class MnlWide
{
    public static double[,] ChoiceProbabilities(double[,,] x, double[] beta)
    {
        int nPersons = x.GetLength(0), nAlts = x.GetLength(1), nAttr = x.GetLength(2);
        var v = new double[nPersons, nAlts];
        for (int n = 0; n < nPersons; n++)
            for (int j = 0; j < nAlts; j++)
            {
                double u = 0.0;
                for (int k = 0; k < nAttr; k++)
                    u += beta[k] * x[n, j, k];
                v[n, j] = u;
            }

        var p = new double[nPersons, nAlts];
        for (int n = 0; n < nPersons; n++)
        {
            double vMax = double.NegativeInfinity;
            for (int j = 0; j < nAlts; j++)
                if (v[n, j] > vMax) vMax = v[n, j];

            double denom = 0.0;
            for (int j = 0; j < nAlts; j++)
            {
                p[n, j] = Math.Exp(v[n, j] - vMax);
                denom += p[n, j];
            }

            for (int j = 0; j < nAlts; j++)
                p[n, j] /= denom;
        }

        return p;
    }
}
