// groupsfilter (after the stop-40 review's G05/G06): inside a walk over the groups of a list of records, the current
// group's members are fetched again as a filter of the whole list by the group's key
// (`trips.Where(t => t.TripId == g.Key)`), or the walk is over the member's distinct keys and each key's slice is such a
// filter. The filter keeps exactly the group, so a max or a sum over it is per group: every method here is correct.
// Sources: mode choice per trip (conditional logit), listwise ranking per query, market shares per market, per-user
// next-item probabilities (our own code re-creating the shapes).
// Layouts: List<record> grouped with GroupBy and ToLookup; an array of structs walked over its distinct string keys by a
// for loop; a lambda over distinct user ids; sums written with LINQ, a foreach over the filter and an index loop.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.GroupFilter_SlicePerKey;

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
    /// <summary>Mode probabilities per trip: the trip's peak, its modes fetched again by the trip's id.</summary>
    public static Dictionary<int, double[]> ModeShares(List<Trip> trips)
    {
        var shares = new Dictionary<int, double[]>();
        foreach (var trip in trips.GroupBy(t => t.TripId))
        {
            double peak = trip.Max(t => t.Utility);
            Trip[] modes = trips.Where(t => t.TripId == trip.Key).ToArray();
            double[] w = modes.Select(t => Math.Exp(t.Utility - peak)).ToArray();
            double z = w.Sum();
            shares[trip.Key] = w.Select(v => v / z).ToArray();
        }

        return shares;
    }

    /// <summary>Listwise ranking: each query's hits are a filter of every hit by the query's id.</summary>
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
            double mass = 0;
            for (int k = 0; k < mine.Count; k++)
            {
                p[k] = Math.Exp(mine[k].Score - best);
                mass += p[k];
            }

            for (int k = 0; k < p.Length; k++)
            {
                p[k] /= mass;
            }

            ranked.Add(p);
        }

        return ranked;
    }

    /// <summary>Market shares: each market's exps from the lookup, the normaliser summed over the market's filter.</summary>
    public static List<double[]> MarketShares(IReadOnlyList<Product> products)
    {
        var byMarket = products.ToLookup(p => p.Market);
        var result = new List<double[]>();
        foreach (var market in byMarket)
        {
            double top = market.Max(p => p.Appeal);
            double[] e = market.Select(p => Math.Exp(p.Appeal - top)).ToArray();
            double z = 0;
            foreach (var p in products.Where(p => p.Market.Equals(market.Key)))
            {
                z += Math.Exp(p.Appeal - top);
            }

            result.Add(e.Select(v => v / z).ToArray());
        }

        return result;
    }

    /// <summary>Next-item probabilities per user, one lambda per distinct user id.</summary>
    public static List<double[]> NextItem(List<Click> clicks) =>
        clicks.Select(c => c.UserId).Distinct().Select(user =>
        {
            double peak = clicks.Where(c => c.UserId == user).Max(c => c.Logit);
            double[] e = clicks.Where(c => c.UserId == user).Select(c => Math.Exp(c.Logit - peak)).ToArray();
            double z = clicks.Where(c => c.UserId == user).Sum(c => Math.Exp(c.Logit - peak));
            return e.Select(v => v / z).ToArray();
        }).ToList();
}
