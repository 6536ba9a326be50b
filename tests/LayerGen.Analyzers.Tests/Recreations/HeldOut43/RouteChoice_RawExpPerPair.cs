// Idiom: logit route choice per origin-destination pair (stochastic network loading), weights exp(−θ·cost)
// Layout: jagged double[odPairs][routes] path costs
// Bug (LG0003): exp(−θ·cost) with no shift by the pair's best utility (overflows for large negative generalised costs)
using System;
using System.Linq;

namespace HeldOut43.RouteChoice_RawExpPerPair;

public static class StochasticLoading
{
    public static double[][] RouteShares(double[][] pathCost, double theta)
    {
        var shares = new double[pathCost.Length][];
        for (int od = 0; od < pathCost.Length; od++)
        {
            double[] w = pathCost[od].Select(c => Math.Exp(-theta * c)).ToArray(); //~ LG0003
            double sum = w.Sum();
            for (int k = 0; k < w.Length; k++)
                w[k] /= sum;
            shares[od] = w;
        }

        return shares;
    }
}
