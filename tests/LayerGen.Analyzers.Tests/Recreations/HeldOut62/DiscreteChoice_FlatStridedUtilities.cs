// Idiom: multinomial logit (conditional logit) choice probabilities, P(j | i) = exp(V_ij) / sum_l exp(V_il) with
// V_ij = beta . x_ij, shifted by the individual's best alternative.
// Use: likelihood / predicted market shares of a discrete-choice model (econometrics).
// Layout: flat attribute buffer x[((i * alternatives) + j) * attributes + p], flat probabilities with stride
// `alternatives` and offset i * alternatives, a scratch utility array reused per individual.
// Inspired by: conditional-logit likelihood code in econometrics course material; own code.
// Label: Correct.
using System;

namespace HeldOut62.DiscreteChoice_FlatStridedUtilities;

public static class ConditionalLogit
{
    public static double[] ChoiceProbabilities(double[] x, double[] beta, int individuals, int alternatives)
    {
        int attributes = beta.Length;
        var probs = new double[individuals * alternatives];
        var v = new double[alternatives];
        for (int i = 0; i < individuals; i++)
        {
            int row = i * alternatives;
            double vMax = double.NegativeInfinity;
            for (int j = 0; j < alternatives; j++)
            {
                double u = 0.0;
                int at = (row + j) * attributes;
                for (int p = 0; p < attributes; p++)
                {
                    u += beta[p] * x[at + p];
                }

                v[j] = u;
                if (u > vMax)
                {
                    vMax = u;
                }
            }

            double denom = 0.0;
            for (int j = 0; j < alternatives; j++)
            {
                probs[row + j] = Math.Exp(v[j] - vMax);
                denom += probs[row + j];
            }

            for (int j = 0; j < alternatives; j++)
            {
                probs[row + j] /= denom;
            }
        }

        return probs;
    }
}
