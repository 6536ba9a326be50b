// Idiom: next-ward transfer model, LINQ pipeline: per-encounter shift, exps per encounter, one `Aggregate` for the
// normaliser. Use: bed-management forecast, LINQ rewrite.
// Layout: List<double[]> (one candidate-logit array per encounter); `Select`, `Max`, `Aggregate`.
// Bug (LG0002): the normaliser is aggregated over the exps of every encounter, so each encounter is divided by the
// whole batch's mass.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut54.WardTransfer_AggregateOverEncounters;

public static class LinqWardTransfer
{
    public static List<double[]> Probabilities(List<double[]> encounters)
    {
        List<double[]> exps = encounters
            .Select(logits =>
            {
                double best = logits.Max();
                return logits.Select(v => Math.Exp(v - best)).ToArray();
            })
            .ToList();
        double z = exps.Aggregate(0.0, (acc, e) => acc + e.Sum()); //~ LG0002
        return exps.Select(e => e.Select(x => x / z).ToArray()).ToList();
    }
}
