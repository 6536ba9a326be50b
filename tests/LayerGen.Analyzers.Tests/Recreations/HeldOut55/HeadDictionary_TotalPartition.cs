// Idiom: named heads in a `Dictionary<string, double[]>`, LINQ `ToDictionary` with a statement lambda that shifts each
// head by its own `Max()`, then one partition function folded with `Aggregate` over all heads' exponentials.
// Layout: dictionary of per-head arrays. Bug: LG0002 (the normaliser sums every head).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut55.HeadDictionary_TotalPartition;

public static class Heads
{
    /// <summary>Per-head class probabilities.</summary>
    public static Dictionary<string, double[]> Probabilities(Dictionary<string, double[]> logits)
    {
        Dictionary<string, double[]> exps = logits.ToDictionary(
            kv => kv.Key,
            kv =>
            {
                double m = kv.Value.Max();
                return kv.Value.Select(v => Math.Exp(v - m)).ToArray();
            });

        double z = exps.Values.Aggregate(0.0, (acc, e) => acc + e.Sum()); //~ LG0002
        return exps.ToDictionary(kv => kv.Key, kv => kv.Value.Select(e => e / z).ToArray());
    }
}
