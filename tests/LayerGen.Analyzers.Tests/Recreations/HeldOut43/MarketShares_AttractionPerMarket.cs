// Idiom: MNL market-share attraction model, share_j = exp(α_j + β·price_j) / Σ_i exp(α_i + β·price_i) in each market
// Layout: Dictionary<string, double[]> prices per market (brands in a fixed order), shares returned per market
// Correct
using System;
using System.Collections.Generic;

namespace HeldOut43.MarketShares_AttractionPerMarket;

public static class AttractionModel
{
    public static Dictionary<string, double[]> Shares(Dictionary<string, double[]> pricesByMarket, double[] alpha, double beta)
    {
        var shares = new Dictionary<string, double[]>();
        foreach (KeyValuePair<string, double[]> market in pricesByMarket)
        {
            double[] price = market.Value;
            var util = new double[price.Length];
            double best = double.NegativeInfinity;
            for (int j = 0; j < price.Length; j++)
            {
                util[j] = alpha[j] + beta * price[j];
                best = Math.Max(best, util[j]);
            }

            var s = new double[price.Length];
            double attraction = 0.0;
            for (int j = 0; j < price.Length; j++)
            {
                s[j] = Math.Exp(util[j] - best);
                attraction += s[j];
            }

            for (int j = 0; j < price.Length; j++)
                s[j] /= attraction;
            shares[market.Key] = s;
        }

        return shares;
    }
}
