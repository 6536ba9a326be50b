// Idiom: multinomial-logit take rates with offers pre-bucketed per category (`Dictionary<string, List<Offer>>`),
// decimal utility and price converted inline, indexed `for` loop, weights array normalised in place.
// Layout: dictionary of lists of records; one softmax per category.
// Twin of ChoiceModel_DecimalPerCategory; own code.
// Bug LG0003: `Math.Exp(utility - beta * price)` of the raw utility, no maximum subtracted (overflow above ~709).
using System;
using System.Collections.Generic;

namespace HeldOut66.ChoiceModel_RawDecimalUtility;

public sealed record Offer(string OfferId, decimal Price, decimal Utility);

public static class TakeRateModel
{
    public static Dictionary<string, double[]> TakeRates(Dictionary<string, List<Offer>> offersByCategory, double priceSensitivity)
    {
        var rates = new Dictionary<string, double[]>(offersByCategory.Count);
        foreach (var (category, offers) in offersByCategory)
        {
            var weights = new double[offers.Count];
            double sum = 0;
            for (int i = 0; i < offers.Count; i++)
            {
                weights[i] = Math.Exp((double)offers[i].Utility - priceSensitivity * (double)offers[i].Price); //~ LG0003
                sum += weights[i];
            }

            for (int i = 0; i < weights.Length; i++)
            {
                weights[i] /= sum;
            }

            rates[category] = weights;
        }

        return rates;
    }
}
