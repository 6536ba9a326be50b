// Idiom: multinomial logit choice probabilities with the utilities stored alternative-major (one row per
// alternative, one column per individual, like a design matrix transposed for column access); a peak per
// alternative is taken first, then each individual's column is normalised.
// Use: predicted choice probabilities of a discrete-choice model.
// Layout: double[alternatives, individuals] utilities and probabilities (softmax down each column), double[] peaks.
// Inspired by: econometrics code that loops over alternatives in the outer loop; own code.
// Label: LG0004 — the shift is a maximum along an alternative's row (over individuals) while each sum runs down a
// column (over alternatives).
using System;

namespace HeldOut62.DiscreteChoice_AlternativeMajor;

public static class Mnl
{
    public static double[,] Probabilities(double[,] utility)
    {
        int alternatives = utility.GetLength(0);
        int individuals = utility.GetLength(1);
        var altPeak = new double[alternatives];
        for (int j = 0; j < alternatives; j++)
        {
            double peak = double.NegativeInfinity;
            for (int i = 0; i < individuals; i++)
            {
                peak = Math.Max(peak, utility[j, i]); //~ LG0004
            }

            altPeak[j] = peak;
        }

        var prob = new double[alternatives, individuals];
        for (int i = 0; i < individuals; i++)
        {
            double denom = 0.0;
            for (int j = 0; j < alternatives; j++)
            {
                prob[j, i] = Math.Exp(utility[j, i] - altPeak[j]);
                denom += prob[j, i];
            }

            for (int j = 0; j < alternatives; j++)
            {
                prob[j, i] /= denom;
            }
        }

        return prob;
    }
}
