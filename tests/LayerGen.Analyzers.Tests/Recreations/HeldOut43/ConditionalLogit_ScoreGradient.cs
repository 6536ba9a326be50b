// Idiom: conditional logit estimation, score (gradient of the log-likelihood) Σ_n (x[n, chosen] − Σ_j P[n, j] x[n, j])
// Layout: double[persons, alternatives, attributes] design, probabilities written into a caller's double[persons, alternatives]
// Correct
using System;

namespace HeldOut43.ConditionalLogit_ScoreGradient;

public static class ClogitScore
{
    public static double[] Gradient(double[,,] x, int[] chosen, double[] beta, double[,] prob)
    {
        int nObs = x.GetLength(0), nAlts = x.GetLength(1), nAttr = x.GetLength(2);
        var grad = new double[nAttr];
        var v = new double[nAlts];
        for (int n = 0; n < nObs; n++)
        {
            double best = double.NegativeInfinity;
            for (int j = 0; j < nAlts; j++)
            {
                double xb = 0.0;
                for (int k = 0; k < nAttr; k++)
                    xb += x[n, j, k] * beta[k];
                v[j] = xb;
                if (xb > best) best = xb;
            }

            double sum = 0.0;
            for (int j = 0; j < nAlts; j++)
            {
                prob[n, j] = Math.Exp(v[j] - best);
                sum += prob[n, j];
            }

            for (int j = 0; j < nAlts; j++)
                prob[n, j] /= sum;

            for (int k = 0; k < nAttr; k++)
            {
                double xBar = 0.0;
                for (int j = 0; j < nAlts; j++)
                    xBar += prob[n, j] * x[n, j, k];
                grad[k] += x[n, chosen[n], k] - xBar;
            }
        }

        return grad;
    }
}
