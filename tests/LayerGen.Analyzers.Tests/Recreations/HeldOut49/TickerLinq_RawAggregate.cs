// Idiom: a LINQ pipeline turning each date's alpha scores into softmax weights, the sum written with Aggregate
// (own code).
// Layout: List<(DateOnly Date, double[] Scores)> tuples, one per date; result List<(DateOnly, double[])>.
// Label: LG0003 — Math.Exp of the raw scores with no max subtracted (overflow, Inf/Inf = NaN, above ~709).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut49.TickerLinq_RawAggregate;

public static class AlphaPipeline
{
    public static List<(DateOnly Date, double[] Weights)> Weights(List<(DateOnly Date, double[] Scores)> panel)
    {
        var output = new List<(DateOnly Date, double[] Weights)>();
        foreach (var (date, scores) in panel)
        {
            double[] e = scores.Select(s => Math.Exp(s)).ToArray(); //~ LG0003
            double z = e.Aggregate(0.0, (acc, x) => acc + x);
            output.Add((date, e.Select(x => x / z).ToArray()));
        }

        return output;
    }
}
