// Source: softmax portfolio allocation from momentum scores (w = softmax(kappa * score) across assets at each
// rebalance date, as in tactical-allocation backtest notebooks), re-created.
// Layout: double[assets, dates] scores (asset-major, as loaded from a price table); the softmax runs over the assets
// of one date (a column).
// Bug (LG0004): the max is tracked per asset over its history (the row), while the sum runs over the assets of one
// date.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class PortfolioAllocation_MaxPerAsset
{
    public static double[,] Weights(double[,] score, double kappa)
    {
        int assets = score.GetLength(0), dates = score.GetLength(1);
        var assetPeak = new double[assets];
        for (int a = 0; a < assets; a++)
        {
            assetPeak[a] = double.MinValue;
            for (int d = 0; d < dates; d++) assetPeak[a] = Math.Max(assetPeak[a], kappa * score[a, d]); //~ LG0004
        }

        var w = new double[assets, dates];
        for (int d = 0; d < dates; d++)
        {
            double z = 0;
            for (int a = 0; a < assets; a++)
            {
                w[a, d] = Math.Exp(kappa * score[a, d] - assetPeak[a]);
                z += w[a, d];
            }
            for (int a = 0; a < assets; a++) w[a, d] /= z;
        }
        return w;
    }
}
