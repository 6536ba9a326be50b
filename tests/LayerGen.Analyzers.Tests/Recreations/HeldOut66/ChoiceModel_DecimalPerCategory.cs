// Idiom: a pricing service's multinomial-logit take rates: offers carry `decimal` price and utility (money types in the
// domain model), converted to double, grouped per category with `GroupBy(...).ToDictionary(...)`.
// Layout: `IEnumerable<Offer>` records; nested dictionary output category -> offer -> rate; one softmax per category;
// `utility.Values.Max()`, `Sum(selector)`.
// Own code.
// Correct: each category's own max and sum.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut66.ChoiceModel_DecimalPerCategory;

public sealed record Offer(string Category, string OfferId, decimal Price, decimal Utility);

public static class TakeRateModel
{
    public static Dictionary<string, Dictionary<string, double>> TakeRates(IEnumerable<Offer> offers, double priceSensitivity) =>
        offers.GroupBy(offer => offer.Category).ToDictionary(group => group.Key, group =>
        {
            var utility = group.ToDictionary(offer => offer.OfferId, offer => (double)offer.Utility - priceSensitivity * (double)offer.Price);
            double best = utility.Values.Max();
            double sum = utility.Values.Sum(u => Math.Exp(u - best));
            return utility.ToDictionary(kv => kv.Key, kv => Math.Exp(kv.Value - best) / sum);
        });
}
