// Idiom: many-facet Rasch rating probabilities for all raters in a 2D table; the shift is computed per rating category
// (down the raters), while each rater's row is normalised over the categories.
// Layout: double[raters, categories] row-major, one-line if fold into peak[k].
// Bug: LG0004 (max over raters, sum over categories: a per-category shift changes the distribution).
using System;

namespace HeldOut50.RaterSeverity_CategoryPeaks;

public static class RaterTable
{
    public static double[,] RatingProbabilities(double theta, double[] severity, double[] tau)
    {
        int raters = severity.Length, categories = tau.Length + 1;
        var z = new double[raters, categories];
        for (int r = 0; r < raters; r++)
        {
            for (int k = 1; k < categories; k++)
            {
                z[r, k] = z[r, k - 1] + theta - severity[r] - tau[k - 1];
            }
        }

        var peak = new double[categories];
        for (int k = 0; k < categories; k++)
        {
            peak[k] = double.NegativeInfinity;
            for (int r = 0; r < raters; r++)
            {
                if (z[r, k] > peak[k]) peak[k] = z[r, k]; //~ LG0004
            }
        }

        var p = new double[raters, categories];
        for (int r = 0; r < raters; r++)
        {
            double total = 0.0;
            for (int k = 0; k < categories; k++)
            {
                p[r, k] = Math.Exp(z[r, k] - peak[k]);
                total += p[r, k];
            }

            for (int k = 0; k < categories; k++)
            {
                p[r, k] /= total;
            }
        }

        return p;
    }
}
