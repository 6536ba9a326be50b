// Idiom: a LINQ pipeline over tickers: for each date, a dictionary ticker -> alpha score is turned into a dictionary
// ticker -> weight by a softmax (style of fintech services that keep scores keyed by symbol; own code).
// Layout: IReadOnlyList<IReadOnlyDictionary<string, double>>, one dictionary per date; Max, ToDictionary, Sum.
// Label: Correct (each date's own top score is subtracted and each date divided by its own total).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut49.TickerLinq_DictionaryPerDate;

public static class AlphaToWeights
{
    public static List<Dictionary<string, double>> Convert(IReadOnlyList<IReadOnlyDictionary<string, double>> alphaByDate)
    {
        return alphaByDate
            .Select(day =>
            {
                double top = day.Values.Max();
                Dictionary<string, double> exps = day.ToDictionary(kv => kv.Key, kv => Math.Exp(kv.Value - top));
                double z = exps.Values.Sum();
                return exps.ToDictionary(kv => kv.Key, kv => kv.Value / z);
            })
            .ToList();
    }
}
