// Idiom: multinomial logit choice probabilities, utilities "normalised" once by the largest utility in the sample
// Layout: jagged double[persons][alternatives] utilities, LINQ max over the whole sample
// Bug (LG0001): the max is taken over every person's alternatives, not per decision maker
using System;
using System.Linq;

namespace HeldOut43.WideMnl_SampleMaxUtility;

public static class MnlJagged
{
    public static double[][] ChoiceProbabilities(double[][] utility)
    {
        // Subtract the largest utility so exp() does not overflow.
        double vMax = utility.Max(row => row.Max()); //~ LG0001
        var prob = new double[utility.Length][];
        for (int n = 0; n < utility.Length; n++)
        {
            double[] vn = utility[n];
            var pn = new double[vn.Length];
            double denom = 0.0;
            for (int j = 0; j < vn.Length; j++)
            {
                pn[j] = Math.Exp(vn[j] - vMax);
                denom += pn[j];
            }

            for (int j = 0; j < vn.Length; j++)
                pn[j] /= denom;
            prob[n] = pn;
        }

        return prob;
    }
}
