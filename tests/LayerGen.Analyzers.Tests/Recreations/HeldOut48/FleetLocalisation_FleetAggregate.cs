// Idiom: multi-robot fleet localisation, hypothesis log-likelihoods per robot id, shifted per robot with LINQ and
// then normalised with one normaliser computed by Aggregate over the fleet.
// Layout: Dictionary<string, double[]> keyed by robot id; `ToDictionary` with a statement lambda; Aggregate.
// Bug (LG0002): the normaliser `z` sums the weights of every robot in the fleet, not one robot's hypotheses.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut48.FleetLocalisation_FleetAggregate;

public static class FleetLocaliser
{
    public static Dictionary<string, double[]> Weights(Dictionary<string, double[]> logLikByRobot)
    {
        Dictionary<string, double[]> shifted = logLikByRobot.ToDictionary(
            kv => kv.Key,
            kv =>
            {
                double best = kv.Value.Max();
                return kv.Value.Select(v => Math.Exp(v - best)).ToArray();
            });
        double z = shifted.Values.Aggregate(0.0, (acc, w) => acc + w.Sum()); //~ LG0002
        return shifted.ToDictionary(kv => kv.Key, kv => kv.Value.Select(w => w / z).ToArray());
    }
}
