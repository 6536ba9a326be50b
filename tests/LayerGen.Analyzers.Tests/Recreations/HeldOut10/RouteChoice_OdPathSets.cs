// Re-creation (our own code) of the shape of logit stochastic network loading over enumerated path sets (Dial 1971;
// the path-based logit route choice of traffic-assignment codes such as AequilibraE's and MATSim's logit choice):
// P_k = exp(−θ c_k) / Σ_{l∈OD} exp(−θ c_l) within each origin–destination pair, flow = demand · P.
// Layout: CSR path sets, pair p owns pathCost[odStart[p] .. odStart[p + 1]), handled through ReadOnlySpan slices;
// path flows to a Span<double>.
// Correct: each OD pair's cheapest path cost is the shift.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class RouteChoiceOdPathSets
{
    public static void Load(ReadOnlySpan<double> pathCost, ReadOnlySpan<int> odStart, ReadOnlySpan<double> demand, double theta, Span<double> probability, Span<double> flow)
    {
        for (int p = 0; p + 1 < odStart.Length; p++)
        {
            int first = odStart[p];
            int count = odStart[p + 1] - first;
            ReadOnlySpan<double> cost = pathCost.Slice(first, count);
            Span<double> share = probability.Slice(first, count);

            double cheapest = double.PositiveInfinity;
            for (int k = 0; k < count; k++)
                cheapest = Math.Min(cheapest, cost[k]);

            double sum = 0.0;
            for (int k = 0; k < count; k++)
            {
                share[k] = Math.Exp(-theta * (cost[k] - cheapest));
                sum += share[k];
            }

            for (int k = 0; k < count; k++)
            {
                share[k] /= sum;
                flow[first + k] = demand[p] * share[k];
            }
        }
    }
}
