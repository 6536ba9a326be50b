// Idiom: softmax portfolio weights from asset scores per rebalance date, the score panel stored asset-major as it
// comes out of a factor library (one row per asset, one column per date); own code.
// Layout: double[assets, dates], transposed: each softmax runs down one date's column over the assets.
// Label: LG0001 — the top score is taken once over the whole panel (every asset on every date) with a foreach over the
// 2D array, so a date whose scores sit far below the panel's best date underflows to 0/0.
using System;

namespace HeldOut49.PortfolioWeights_TableWideTopScore;

public static class AssetMajorAllocator
{
    public static double[,] Allocate(double[,] scoreByAssetDate, double temperature)
    {
        int assets = scoreByAssetDate.GetLength(0);
        int dates = scoreByAssetDate.GetLength(1);

        double best = double.MinValue;
        foreach (double s in scoreByAssetDate)
        {
            best = Math.Max(best, s); //~ LG0001
        }

        var weight = new double[assets, dates];
        for (int t = 0; t < dates; t++)
        {
            double norm = 0.0;
            for (int i = 0; i < assets; i++)
            {
                weight[i, t] = Math.Exp((scoreByAssetDate[i, t] - best) / temperature);
                norm += weight[i, t];
            }

            for (int i = 0; i < assets; i++)
            {
                weight[i, t] /= norm;
            }
        }

        return weight;
    }
}
