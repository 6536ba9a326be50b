// Idiom: multinomial vote shares per district over that district's candidates (districts field different numbers of
// candidates), from candidate utilities of a forecast model.
// Layout: IReadOnlyDictionary<string, double[]> district -> candidate utilities, foreach KeyValuePair; LINQ Max/Select/Sum.
// Correct. Style inspired by public multinomial vote-share forecast code (district-level softmax of utilities); our own code.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut52.VoteShares_DistrictDictionary;

public static class DistrictForecast
{
    public static Dictionary<string, double[]> Shares(IReadOnlyDictionary<string, double[]> utilities)
    {
        var shares = new Dictionary<string, double[]>(utilities.Count);
        foreach (KeyValuePair<string, double[]> district in utilities)
        {
            double[] u = district.Value;
            double top = u.Max();
            double[] w = u.Select(x => Math.Exp(x - top)).ToArray();
            double z = w.Sum();
            shares[district.Key] = w.Select(x => x / z).ToArray();
        }

        return shares;
    }
}
