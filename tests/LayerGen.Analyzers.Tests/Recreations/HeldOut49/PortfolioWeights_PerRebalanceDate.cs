// Idiom: softmax portfolio weights from cross-sectional asset scores, one softmax per rebalance date, with a
// temperature (style of a cross-sectional "softmax allocator": scores per date -> long-only weights; own code).
// Layout: double[dates, assets], row-major (one rebalance date per row).
// Label: Correct (each date's own top score is subtracted, each date divided by its own total).
using System;

namespace HeldOut49.PortfolioWeights_PerRebalanceDate;

public static class ScoreAllocator
{
    public static double[,] WeightsPerDate(double[,] scores, double temperature)
    {
        int dates = scores.GetLength(0);
        int assets = scores.GetLength(1);
        var weights = new double[dates, assets];
        for (int d = 0; d < dates; d++)
        {
            double top = double.NegativeInfinity;
            for (int a = 0; a < assets; a++)
            {
                if (scores[d, a] > top) top = scores[d, a];
            }

            double gross = 0.0;
            for (int a = 0; a < assets; a++)
            {
                double w = Math.Exp((scores[d, a] - top) / temperature);
                weights[d, a] = w;
                gross += w;
            }

            for (int a = 0; a < assets; a++)
            {
                weights[d, a] /= gross;
            }
        }

        return weights;
    }
}
