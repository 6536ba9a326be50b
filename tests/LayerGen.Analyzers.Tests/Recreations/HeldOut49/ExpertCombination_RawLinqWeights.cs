// Idiom: exponentially weighted forecast combination over experts, one weight vector per horizon, written as a LINQ
// pipeline: exp(-eta * loss) per expert, divided by the sum (the textbook Hedge update; own code).
// Layout: List<double[]> of cumulative losses, one array per horizon; result List<double[]>.
// Label: LG0003 — exp(-eta * L) of the raw losses with no smallest loss subtracted: a horizon whose losses are all
// large (or negative) underflows to 0/0 or overflows to Inf/Inf.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut49.ExpertCombination_RawLinqWeights;

public static class HedgeCombination
{
    public static List<double[]> WeightsPerHorizon(List<double[]> lossesPerHorizon, double eta)
    {
        var result = new List<double[]>(lossesPerHorizon.Count);
        foreach (double[] losses in lossesPerHorizon)
        {
            double[] raw = losses.Select(l => Math.Exp(-eta * l)).ToArray(); //~ LG0003
            double z = raw.Sum();
            result.Add(raw.Select(w => w / z).ToArray());
        }

        return result;
    }
}
