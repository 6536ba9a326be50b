// Idiom: market-share attraction model on scanner data, predicted shares per (market, period) block
// Layout: List<ShareObservation> sorted by market and period, blocks walked with a while loop on the key
// Bug (LG0003): exp(α + β·price) with no max subtracted before the block's normalisation
using System;
using System.Collections.Generic;

namespace HeldOut43.MarketPeriods_RawAttraction;

public sealed class ShareObservation
{
    public string Market { get; set; } = "";
    public int Period { get; set; }
    public int Brand { get; set; }
    public double Price { get; set; }
}

public static class ScannerBlocks
{
    public static double[] PredictedShares(List<ShareObservation> data, double[] alpha, double betaPrice)
    {
        var predicted = new double[data.Count];
        int i = 0;
        while (i < data.Count)
        {
            string market = data[i].Market;
            int period = data[i].Period;
            int start = i;
            double total = 0.0;
            while (i < data.Count && data[i].Market == market && data[i].Period == period)
            {
                ShareObservation o = data[i];
                predicted[i] = Math.Exp(alpha[o.Brand] + betaPrice * o.Price); //~ LG0003
                total += predicted[i];
                i++;
            }

            for (int r = start; r < i; r++)
                predicted[r] /= total;
        }

        return predicted;
    }
}
