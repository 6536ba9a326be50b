// Idiom: per-sample read-group weights: for each sample, a distribution over its read groups (lanes/libraries) from
// per-read-group quality scores, used to weight the groups when merging; data keyed by sample name.
// Layout: IReadOnlyDictionary<string, List<double>> sample name -> read-group scores; `Aggregate` for the maximum,
// Select/Sum; Math.Exp.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut47.ReadGroups_PerSampleAggregate;

public static class ReadGroupWeights
{
    public static Dictionary<string, List<double>> PerSample(IReadOnlyDictionary<string, List<double>> groupScores)
    {
        var weights = new Dictionary<string, List<double>>();
        foreach (var (sample, groups) in groupScores)
        {
            double top = groups.Aggregate(double.NegativeInfinity, Math.Max);
            List<double> w = groups.Select(g => Math.Exp(g - top)).ToList();
            double z = w.Sum();
            weights[sample] = w.Select(x => x / z).ToList();
        }

        return weights;
    }
}
