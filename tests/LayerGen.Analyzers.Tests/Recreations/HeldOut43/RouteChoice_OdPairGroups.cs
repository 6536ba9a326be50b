// Idiom: logit route choice per origin-destination pair, P(route) = exp(−θ·cost) / Σ over the pair's routes
// Layout: List<Route> records, LINQ GroupBy on (Origin, Destination), probabilities returned per OD pair
// Correct
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut43.RouteChoice_OdPairGroups;

public sealed record Route(int Origin, int Destination, int Id, double Cost);

public static class RouteLogit
{
    public static Dictionary<(int Origin, int Destination), double[]> Split(List<Route> routes, double theta)
    {
        var result = new Dictionary<(int Origin, int Destination), double[]>();
        foreach (var od in routes.GroupBy(r => (r.Origin, r.Destination)))
        {
            double[] util = od.Select(r => -theta * r.Cost).ToArray();
            double best = util.Max();
            double[] w = util.Select(u => Math.Exp(u - best)).ToArray();
            double sum = w.Sum();
            result[od.Key] = w.Select(x => x / sum).ToArray();
        }

        return result;
    }
}
