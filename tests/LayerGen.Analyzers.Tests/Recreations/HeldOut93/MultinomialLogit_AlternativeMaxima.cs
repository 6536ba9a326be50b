// Idiom: MNL choice probabilities from a jagged utility table, "stabilised" by subtracting a maximum utility kept per
// alternative (across the sample of decision makers), then normalised per decision maker.
// Use: simulated market shares of a transport mode-choice model.
// Layout: jagged double[person][alternative].
// Bug LG0004: the maximum runs over persons (per alternative) while the sum runs over alternatives (per person); each
// alternative gets a different shift, so the shares are wrong, and a person far below the sample underflows to 0/0.
// Our own code.
using System;

namespace HeldOut93.MultinomialLogit_AlternativeMaxima;

public static class ModeChoice
{
    public static double[][] Shares(double[][] utility)
    {
        int alternatives = utility[0].Length;
        var altMax = new double[alternatives];
        Array.Fill(altMax, double.NegativeInfinity);
        foreach (double[] person in utility)
            for (int j = 0; j < alternatives; j++)
                altMax[j] = Math.Max(altMax[j], person[j]); //~ LG0004

        var shares = new double[utility.Length][];
        for (int n = 0; n < utility.Length; n++)
        {
            var e = new double[alternatives];
            double total = 0;
            for (int j = 0; j < alternatives; j++)
            {
                e[j] = Math.Exp(utility[n][j] - altMax[j]);
                total += e[j];
            }

            for (int j = 0; j < alternatives; j++) e[j] /= total;
            shares[n] = e;
        }

        return shares;
    }
}
