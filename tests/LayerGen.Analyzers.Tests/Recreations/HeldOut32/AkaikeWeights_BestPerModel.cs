// Akaike weights over bootstrap replicates from an AIC table.
// Layout: double[replicates, models] (row = replicate), weights of the same shape.
// Bug (LG0004): Δ is taken from each model's best AIC over the replicates (a minimum down a column), while each replicate is
// summed over its models (a row): the shift and the sum run over different axes (wrong weights; 0/0 for replicates far apart).
using System;

namespace HeldOut32;

/// <summary>Akaike weights with per-model reference AICs.</summary>
public static class AkaikeWeightsTable
{
    /// <summary>w[b, m] (meant to be the Akaike weight of model m within replicate b).</summary>
    public static double[,] Weights(double[,] aic)
    {
        int replicates = aic.GetLength(0), models = aic.GetLength(1);
        var best = new double[models];
        for (int m = 0; m < models; m++)
        {
            best[m] = double.PositiveInfinity;
        }

        for (int b = 0; b < replicates; b++)
        {
            for (int m = 0; m < models; m++)
            {
                best[m] = Math.Min(best[m], aic[b, m]); //~ LG0004
            }
        }

        var w = new double[replicates, models];
        for (int b = 0; b < replicates; b++)
        {
            double total = 0;
            for (int m = 0; m < models; m++)
            {
                w[b, m] = Math.Exp(-(aic[b, m] - best[m]) / 2);
                total += w[b, m];
            }

            for (int m = 0; m < models; m++)
            {
                w[b, m] /= total;
            }
        }

        return w;
    }
}
