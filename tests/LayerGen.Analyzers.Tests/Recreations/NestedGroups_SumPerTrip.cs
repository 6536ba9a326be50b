// groupsnest (after the stop-41 review's G05/G06): the correct twins of NestedGroups_RegionWideSum. Nested groups
// (region, then trip; user, then session): the normaliser is the inner group itself, the list filtered by both keys
// (either order), or the outer group filtered by the inner key; and a trip's available modes filtered by its key.
// Sources: as NestedGroups_RegionWideSum (our own code re-creating the shapes).
// Layouts: List<record> grouped with GroupBy inside GroupBy and ToLookup inside ToLookup; LINQ lambdas SelectMany over
// the nested groups; sums written with LINQ and a foreach.
// Bugs: none.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.NestedGroups_SumPerTrip;

public sealed record Alt(int Region, int TripId, bool Available, double Utility);

public sealed record Visit(long UserId, int Session, int Item, double Score);

public static class NestedShares
{
    /// <summary>Mode probabilities per trip: the normaliser filters the list by both keys.</summary>
    public static List<double[]> ModeShares(List<Alt> alts)
    {
        var shares = new List<double[]>();
        foreach (var region in alts.GroupBy(a => a.Region))
        {
            foreach (var trip in region.GroupBy(a => a.TripId))
            {
                double peak = trip.Max(a => a.Utility);
                double z = alts.Where(a => a.Region == region.Key && a.TripId == trip.Key).Sum(a => Math.Exp(a.Utility - peak));
                shares.Add(trip.Select(a => Math.Exp(a.Utility - peak) / z).ToArray());
            }
        }

        return shares;
    }

    /// <summary>Item shares per session of a user: the mass is summed over the user's visits of this session.</summary>
    public static List<double[]> SessionShares(IReadOnlyList<Visit> visits)
    {
        var result = new List<double[]>();
        foreach (var user in visits.ToLookup(v => v.UserId))
        {
            foreach (var session in user.ToLookup(v => v.Session))
            {
                double top = session.Max(v => v.Score);
                double[] e = session.Select(v => Math.Exp(v.Score - top)).ToArray();
                double mass = 0;
                foreach (var v in user.Where(v => v.Session == session.Key))
                {
                    mass += Math.Exp(v.Score - top);
                }

                result.Add(e.Select(w => w / mass).ToArray());
            }
        }

        return result;
    }

    /// <summary>The same nested walk as lambdas; the normaliser is the trip (keys in the other order).</summary>
    public static List<double[]> ModeSharesLinq(List<Alt> alts) =>
        alts.GroupBy(a => a.Region).SelectMany(region => region.GroupBy(a => a.TripId).Select(trip =>
        {
            double peak = trip.Max(a => a.Utility);
            double z = alts.Where(a => trip.Key == a.TripId && region.Key == a.Region).Sum(a => Math.Exp(a.Utility - peak));
            return trip.Select(a => Math.Exp(a.Utility - peak) / z).ToArray();
        })).ToList();

    /// <summary>The review's G06: the trip's available modes (a subset of the trip) carry max, sum and probabilities.</summary>
    public static Dictionary<int, double[]> AvailableShares(List<Alt> alts)
    {
        var shares = new Dictionary<int, double[]>();
        foreach (var trip in alts.GroupBy(a => a.TripId))
        {
            var avail = alts.Where(a => a.TripId == trip.Key && a.Available).ToArray();
            double peak = avail.Max(a => a.Utility);
            double z = avail.Sum(a => Math.Exp(a.Utility - peak));
            shares[trip.Key] = avail.Select(a => Math.Exp(a.Utility - peak) / z).ToArray();
        }

        return shares;
    }
}
