// Idiom: MNL market-share attraction model, attractions per market then shares
// Layout: Dictionary<string, double[]> utilities per market, attractions kept in a second dictionary, LINQ max per market
// Bug (LG0002): the total attraction is summed over every market's brands, not per market
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut43.MarketShares_TotalOverMarkets;

public static class AttractionTable
{
    public static Dictionary<string, double[]> Shares(Dictionary<string, double[]> utilityByMarket)
    {
        var attraction = new Dictionary<string, double[]>();
        foreach (var (market, util) in utilityByMarket)
        {
            double top = util.Max();
            attraction[market] = util.Select(u => Math.Exp(u - top)).ToArray();
        }

        double total = 0.0;
        foreach (double[] a in attraction.Values)
            for (int j = 0; j < a.Length; j++)
                total += a[j]; //~ LG0002

        var shares = new Dictionary<string, double[]>();
        foreach (var (market, a) in attraction)
            shares[market] = a.Select(x => x / total).ToArray();
        return shares;
    }
}
