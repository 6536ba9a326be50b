// Source: re-creates the shape of multinomial-logit route choice in stochastic traffic assignment (Dial 1971; the
// loading step of stochastic-user-equilibrium solvers): P(route) ∝ exp(−θ · generalised cost).
// Layout: classes with properties — a list of origin–destination pairs, each holding a List<Route>; LINQ.
// Label: LG0001 — the best utility is taken once over every route of the whole network (SelectMany), so a far OD pair
// whose routes all cost much more than the network's cheapest underflows to 0/0.
using System.Collections.Generic;
using System.Linq;

namespace HeldOut22.TrafficRoute_PeakOverNetwork;

/// <summary>One path between an origin and a destination.</summary>
public sealed class Route
{
    public string Name { get; init; } = "";
    public double TravelTimeMinutes { get; init; }
    public double Toll { get; init; }
    public double Share { get; set; }
}

/// <summary>An origin–destination pair and its candidate routes.</summary>
public sealed class OdPair
{
    public string Origin { get; init; } = "";
    public string Destination { get; init; } = "";
    public List<Route> Routes { get; } = new();
}

/// <summary>Logit loading of route shares.</summary>
public static class RouteChoice
{
    /// <summary>Sets every route's share to the logit probability among its OD pair's routes.</summary>
    public static void LoadShares(IReadOnlyList<OdPair> pairs, double theta, double valueOfTime)
    {
        double Utility(Route r) => -theta * (r.TravelTimeMinutes + r.Toll / valueOfTime);

        double best = pairs.SelectMany(p => p.Routes).Max(Utility); //~ LG0001
        foreach (var pair in pairs)
        {
            double[] weights = pair.Routes.Select(r => System.Math.Exp(Utility(r) - best)).ToArray();
            double total = weights.Sum();
            for (int i = 0; i < pair.Routes.Count; i++)
            {
                pair.Routes[i].Share = weights[i] / total;
            }
        }
    }
}
