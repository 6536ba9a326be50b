// Source: Akaike weights for multi-model inference (Burnham & Anderson), re-created for a table of experiments.
// Layout: double[experiments, models] AIC values; foreach over the 2-D array for the minimum.
// Bug (LG0001): the best AIC is taken over every experiment of the table, not per experiment (the max of -AIC/2
// spans the batch); an experiment whose AICs are far above the best one underflows every weight to 0/0.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class AkaikeWeights_MinOverAllExperiments
{
    public static double[,] Weights(double[,] aic)
    {
        int experiments = aic.GetLength(0), models = aic.GetLength(1);
        double best = double.PositiveInfinity;
        foreach (double a in aic) best = Math.Min(best, a); //~ LG0001

        var w = new double[experiments, models];
        for (int e = 0; e < experiments; e++)
        {
            double total = 0;
            for (int m = 0; m < models; m++)
            {
                w[e, m] = Math.Exp(-0.5 * (aic[e, m] - best));
                total += w[e, m];
            }
            for (int m = 0; m < models; m++) w[e, m] /= total;
        }
        return w;
    }
}
