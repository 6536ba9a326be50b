// groupsfilter (after the stop-40 review's G05/G06): inside a walk over the groups of a list of records (GroupBy,
// ToLookup, or the member's distinct keys), the group's slice is a filter of the whole list by the group's key; here the
// peak or the normaliser is taken over MORE than that slice: the unfiltered list, or a filter by another member. One far
// group shifts every other group's exps to 0 (0 / 0), or each group is divided by every group's mass.
// Sources: mode choice per trip (conditional logit), listwise ranking per query, market shares per market, per-user
// next-item probabilities (our own code re-creating the shapes).
// Layouts: List<record> grouped with GroupBy and ToLookup; an array of structs walked over its distinct string keys by a
// for loop; a lambda over distinct user ids; sums written with LINQ, a foreach over the list and an index loop.
// Bugs: LG0001 x1, LG0002 x3.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.GroupFilter_WiderThanTheKey;

public sealed record Trip(int TripId, string Mode, double Utility);

public struct Hit
{
    public string QueryId;
    public string Collection;
    public double Score;
}

public sealed class Product
{
    public string Market { get; init; } = "";
    public string Brand { get; init; } = "";
    public double Appeal { get; init; }
}

public sealed record Click(long UserId, int Item, double Logit);

public static class GroupFilters
{
    /// <summary>Mode probabilities per trip: one peak over every trip's modes.</summary>
    public static Dictionary<int, double[]> ModeShares(List<Trip> trips)
    {
        var shares = new Dictionary<int, double[]>();
        double peak = trips.Max(t => t.Utility); //~ LG0001
        foreach (var trip in trips.GroupBy(t => t.TripId))
        {
            Trip[] modes = trips.Where(t => t.TripId == trip.Key).ToArray();
            double[] w = modes.Select(t => Math.Exp(t.Utility - peak)).ToArray();
            double z = w.Sum();
            shares[trip.Key] = w.Select(v => v / z).ToArray();
        }

        return shares;
    }

    /// <summary>Listwise ranking: the mass is summed over the hits whose collection, not whose query, is the key.</summary>
    public static List<double[]> QueryRanking(Hit[] hits)
    {
        string[] queries = hits.Select(h => h.QueryId).Distinct().OrderBy(q => q, StringComparer.Ordinal).ToArray();
        var ranked = new List<double[]>();
        for (int q = 0; q < queries.Length; q++)
        {
            string query = queries[q];
            List<Hit> mine = hits.Where(h => query == h.QueryId).ToList();
            double best = double.NegativeInfinity;
            foreach (Hit h in mine)
            {
                best = Math.Max(best, h.Score);
            }

            var p = new double[mine.Count];
            for (int k = 0; k < mine.Count; k++)
            {
                p[k] = Math.Exp(mine[k].Score - best);
            }

            double mass = hits.Where(h => h.Collection == query).Sum(h => Math.Exp(h.Score - best)); //~ LG0002

            for (int k = 0; k < p.Length; k++)
            {
                p[k] /= mass;
            }

            ranked.Add(p);
        }

        return ranked;
    }

    /// <summary>Market shares: the normaliser is summed over every market's products.</summary>
    public static List<double[]> MarketShares(IReadOnlyList<Product> products)
    {
        var byMarket = products.ToLookup(p => p.Market);
        var result = new List<double[]>();
        foreach (var market in byMarket)
        {
            double top = market.Max(p => p.Appeal);
            double[] e = market.Select(p => Math.Exp(p.Appeal - top)).ToArray();
            double z = 0;
            foreach (var p in products)
            {
                z += Math.Exp(p.Appeal - top); //~ LG0002
            }

            result.Add(e.Select(v => v / z).ToArray());
        }

        return result;
    }

    /// <summary>Next-item probabilities per user; the mass is every user's.</summary>
    public static List<double[]> NextItem(List<Click> clicks) =>
        clicks.Select(c => c.UserId).Distinct().Select(user =>
        {
            double peak = clicks.Where(c => c.UserId == user).Max(c => c.Logit);
            double[] e = clicks.Where(c => c.UserId == user).Select(c => Math.Exp(c.Logit - peak)).ToArray();
            double z = clicks.Sum(c => Math.Exp(c.Logit - peak)); //~ LG0002
            return e.Select(v => v / z).ToArray();
        }).ToList();
}
