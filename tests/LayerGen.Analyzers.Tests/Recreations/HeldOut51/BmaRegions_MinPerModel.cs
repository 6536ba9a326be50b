// Idiom: BMA weights per region from BIC stored flat, model-major (index m·regions + r); the reference BIC is taken per
// MODEL across the regions ("each model's best region"), the weights normalised per region over the models.
// Use: regional weighting of climate models.
// Layout: flat double[] with stride regions (m * regions + r), minima in a double[models] array; flat out.
// Bug LG0004: the minimum runs over the regions, the total over the models: each model in a region gets its own shift,
// so the weights are wrong (and 0/0 when one region's BICs sit far above another's).
using System;

namespace HeldOut51.BmaRegions_MinPerModel;

public static class RegionalBma
{
    public static double[] Weights(double[] bic, int models, int regions)
    {
        var best = new double[models];
        for (int m = 0; m < models; m++)
        {
            best[m] = double.PositiveInfinity;
            for (int r = 0; r < regions; r++)
            {
                best[m] = Math.Min(best[m], bic[m * regions + r]); //~ LG0004
            }
        }

        var w = new double[bic.Length];
        for (int r = 0; r < regions; r++)
        {
            double total = 0.0;
            for (int m = 0; m < models; m++)
            {
                w[m * regions + r] = Math.Exp(-0.5 * (bic[m * regions + r] - best[m]));
                total += w[m * regions + r];
            }

            for (int m = 0; m < models; m++)
            {
                w[m * regions + r] /= total;
            }
        }

        return w;
    }
}
