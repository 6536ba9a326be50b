// Idiom: BMA weights of ensemble members per region from BIC, exp(−½(BIC − BIC_min)), the minimum with Math.Min down a
// column of a model-major table.
// Use: regional weighting of climate models (each region scores every model separately).
// Layout: double[models, regions] (column-major for the softmax: one region's weights run DOWN a column); out same shape.
// Correct: minimum and total per region over the models.
using System;

namespace HeldOut51.BmaRegions_PerRegionColumn;

public static class RegionalBma
{
    public static double[,] Weights(double[,] bic)
    {
        int models = bic.GetLength(0);
        int regions = bic.GetLength(1);
        var w = new double[models, regions];
        for (int r = 0; r < regions; r++)
        {
            double best = double.PositiveInfinity;
            for (int m = 0; m < models; m++)
            {
                best = Math.Min(best, bic[m, r]);
            }

            double total = 0.0;
            for (int m = 0; m < models; m++)
            {
                w[m, r] = Math.Exp(-0.5 * (bic[m, r] - best));
                total += w[m, r];
            }

            for (int m = 0; m < models; m++)
            {
                w[m, r] /= total;
            }
        }

        return w;
    }
}
