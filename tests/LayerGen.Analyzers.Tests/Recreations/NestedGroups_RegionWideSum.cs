// groupsnest (after the stop-41 review's G04): a list of records grouped by one member, each group grouped again by
// another (region, then trip). A trip's choice set is the slice with both keys; here the normaliser is taken over the
// whole region (a filter by the outer key only, the region group itself) so each trip is divided by every trip's mass
// of its region, and its probabilities sum to less than one.
// Sources: mode choice per trip within a region (nested logit data), per-session item shares within a user (our own code
// re-creating the shapes).
// Layouts: List<record> grouped with GroupBy inside GroupBy and ToLookup inside ToLookup; LINQ lambdas SelectMany over
// the nested groups; sums written with LINQ and a foreach over the region.
// Bugs: LG0002 x3.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.NestedGroups_RegionWideSum;

public sealed record Alt(int Region, int TripId, string Mode, double Utility);

public sealed record Visit(long UserId, int Session, int Item, double Score);

public static class NestedShares
{
    /// <summary>Mode probabilities per trip: the normaliser filters the list by the region only.</summary>
    public static List<double[]> ModeShares(List<Alt> alts)
    {
        var shares = new List<double[]>();
        foreach (var region in alts.GroupBy(a => a.Region))
        {
            foreach (var trip in region.GroupBy(a => a.TripId))
            {
                double peak = trip.Max(a => a.Utility);
                double z = alts.Where(a => a.Region == region.Key).Sum(a => Math.Exp(a.Utility - peak)); //~ LG0002
                shares.Add(trip.Select(a => Math.Exp(a.Utility - peak) / z).ToArray());
            }
        }

        return shares;
    }

    /// <summary>Item shares per session of a user: the mass is summed over every session of the user.</summary>
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
                foreach (var v in user)
                {
                    mass += Math.Exp(v.Score - top); //~ LG0002
                }

                result.Add(e.Select(w => w / mass).ToArray());
            }
        }

        return result;
    }

    /// <summary>The same nested walk as lambdas; the normaliser filters by the region only.</summary>
    public static List<double[]> ModeSharesLinq(List<Alt> alts) =>
        alts.GroupBy(a => a.Region).SelectMany(region => region.GroupBy(a => a.TripId).Select(trip =>
        {
            double peak = trip.Max(a => a.Utility);
            double z = alts.Where(a => a.Region == region.Key).Sum(a => Math.Exp(a.Utility - peak)); //~ LG0002
            return trip.Select(a => Math.Exp(a.Utility - peak) / z).ToArray();
        })).ToList();
}
