// Idiom: pivot table stored as Dictionary<(string User, string Item), double> with explicit user and item key lists;
// per user the max over items is a LINQ Max of tuple-key lookups.
// Use: per-user item preference probabilities from a pivoted rating table.
// Layout: pivot dictionary keyed by (user, item); the softmax runs over the items of one user.
// Correct: max and sum per user over that user's items.
// Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut92.Pivot_UserRowsOverItems;

public static class PivotSoftmax
{
    public static Dictionary<(string User, string Item), double> PerUser(
        IReadOnlyDictionary<(string User, string Item), double> pivot,
        IReadOnlyList<string> users,
        IReadOnlyList<string> items)
    {
        var result = new Dictionary<(string User, string Item), double>();
        foreach (string user in users)
        {
            double m = items.Max(item => pivot[(user, item)]);
            double sum = 0;
            foreach (string item in items)
            {
                sum += Math.Exp(pivot[(user, item)] - m);
            }

            foreach (string item in items)
            {
                result[(user, item)] = Math.Exp(pivot[(user, item)] - m) / sum;
            }
        }

        return result;
    }
}
