// Idiom: multinomial (conditional) logit choice probabilities: systematic utility V_nj = sum_k x_njk beta_k from a
// covariate cube, the per-individual maximum utility stored in an array in one pass, then exp(V - Vmax) / sum.
// Use: predicted choice shares of an estimated MNL model.
// Layout: double[individual, alternative, covariate] covariates, double[individual, alternative] utilities.
// Correct.
// Our own code.
using System;

namespace HeldOut93.MultinomialLogit_UtilityRowMaxima;

public static class ChoiceProbabilities
{
    public static double[,] Predict(double[,,] x, double[] beta)
    {
        int persons = x.GetLength(0), alts = x.GetLength(1), k = x.GetLength(2);
        var v = new double[persons, alts];
        var vMax = new double[persons];
        for (int n = 0; n < persons; n++)
        {
            vMax[n] = double.NegativeInfinity;
            for (int j = 0; j < alts; j++)
            {
                double u = 0;
                for (int c = 0; c < k; c++) u += x[n, j, c] * beta[c];
                v[n, j] = u;
                if (u > vMax[n]) vMax[n] = u;
            }
        }

        var prob = new double[persons, alts];
        for (int n = 0; n < persons; n++)
        {
            double denom = 0;
            for (int j = 0; j < alts; j++)
            {
                prob[n, j] = Math.Exp(v[n, j] - vMax[n]);
                denom += prob[n, j];
            }

            for (int j = 0; j < alts; j++) prob[n, j] /= denom;
        }

        return prob;
    }
}
