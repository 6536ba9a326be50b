// Source: AdaBoost's exponential-loss sample weights (Freund & Schapire 1997; Friedman, Hastie & Tibshirani 2000):
// w_i ∝ exp(−m_i) with margins m_i = y_i F(x_i), normalised over the samples of one binary problem.
// Layout: jagged double[problems][samples] margins (one-vs-rest problems); the shift is one smallest margin over every
// problem, LINQ Min of Min; a weight row per problem.
// Bug: LG0001 (the smallest margin spans all problems; a problem whose margins are all large underflows to 0/0).
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut16.AdaBoost_GlobalMinMargin;

public static class ExponentialLoss
{
    /// <summary>Normalised sample weights of every problem.</summary>
    public static double[][] Reweight(double[][] margins)
    {
        double floor = margins.Min(m => m.Min()); //~ LG0001
        var weights = new double[margins.Length][];
        for (int c = 0; c < margins.Length; c++)
        {
            double[] m = margins[c];
            var w = new double[m.Length];
            double total = 0;
            for (int i = 0; i < m.Length; i++)
            {
                w[i] = Math.Exp(-(m[i] - floor));
                total += w[i];
            }
            for (int i = 0; i < m.Length; i++) w[i] /= total;
            weights[c] = w;
        }
        return weights;
    }
}
