// Idiom: conditional logit on long-format data (one row per case-alternative pair, rows sorted by case id, as a
// Stata/R "long" table): a while loop finds each case's row range from the case-id column, then the case's maximum
// utility, exp(V - Vmax) and the case's denominator.
// Use: fitted choice probabilities of a conditional logit (clogit) per row.
// Layout: flat double[] utility aligned with int[] caseId (variable-length cases).
// Correct.
// Our own code.
using System;

namespace HeldOut93.LongFormatLogit_CaseBoundaries;

public static class ConditionalLogit
{
    public static double[] FittedProbabilities(int[] caseId, double[] utility)
    {
        var prob = new double[utility.Length];
        int start = 0;
        while (start < utility.Length)
        {
            int end = start;
            while (end < utility.Length && caseId[end] == caseId[start]) end++;

            double vMax = utility[start];
            for (int r = start + 1; r < end; r++)
                if (utility[r] > vMax) vMax = utility[r];

            double denom = 0;
            for (int r = start; r < end; r++)
            {
                prob[r] = Math.Exp(utility[r] - vMax);
                denom += prob[r];
            }

            for (int r = start; r < end; r++) prob[r] /= denom;
            start = end;
        }

        return prob;
    }
}
