// Idiom: nested pivot Dictionary<string, Dictionary<string, double>> (user -> item -> score) walked with deconstructed
// KeyValuePairs; a per-item peak kept in a dictionary with TryGetValue.
// Use: per-user item probabilities from a nested pivot built by a reporting query.
// Layout: user -> (item -> score); the softmax runs over one user's items.
// Bug (LG0004): the peak is kept per item over all users (the other axis), while the sum runs per user over items.
// Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut92.Pivot_ItemPeakUserSum;

public static class NestedPivot
{
    public static Dictionary<string, Dictionary<string, double>> Normalise(Dictionary<string, Dictionary<string, double>> pivot)
    {
        var itemPeak = new Dictionary<string, double>();
        foreach (var (_, byItem) in pivot)
        {
            foreach (var (item, score) in byItem)
            {
                if (!itemPeak.TryGetValue(item, out double seen) || score > seen) //~ LG0004
                {
                    itemPeak[item] = score;
                }
            }
        }

        var output = new Dictionary<string, Dictionary<string, double>>();
        foreach (var (user, byItem) in pivot)
        {
            double total = 0;
            var row = new Dictionary<string, double>();
            foreach (var (item, score) in byItem)
            {
                double e = Math.Exp(score - itemPeak[item]);
                row[item] = e;
                total += e;
            }

            foreach (string item in byItem.Keys)
            {
                row[item] /= total;
            }

            output[user] = row;
        }

        return output;
    }
}
