// Idiom: MPPI for a fleet: each robot samples its own rollouts, the rollout weights exp(-(S - S_min) / lambda) are
// normalised per robot (the fleet planner keeps robots in a dictionary keyed by robot id).
// Layout: Dictionary<string, Rollout[]> of records; `rollouts.Min(r => r.Cost)`; foreach over the records.
// Correct: per robot minimum and per robot sum.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut48.MppiFleet_PerRobotRollouts;

public sealed record Rollout(int Index, double Cost);

public static class FleetPlanner
{
    public static Dictionary<string, double[]> RolloutWeights(IReadOnlyDictionary<string, Rollout[]> fleet, double lambda)
    {
        var result = new Dictionary<string, double[]>();
        foreach (KeyValuePair<string, Rollout[]> entry in fleet)
        {
            Rollout[] rollouts = entry.Value;
            double best = rollouts.Min(r => r.Cost);
            var w = new double[rollouts.Length];
            double eta = 0.0;
            foreach (Rollout r in rollouts)
            {
                double wk = Math.Exp(-(r.Cost - best) / lambda);
                w[r.Index] = wk;
                eta += wk;
            }

            for (int k = 0; k < w.Length; k++)
            {
                w[k] /= eta;
            }

            result[entry.Key] = w;
        }

        return result;
    }
}
