// Idiom: ImmutableList<T>.ConvertAll and the non-builder `list = list.Add(...)` chain.
// Use: batch of immutable logit arrays from a scoring service, turned into probabilities.
// Layout: ImmutableList<ImmutableArray<double>>, one ImmutableArray per sample.
// Bug (LG0002): each row is shifted by its own max, but one normaliser `z` sums the exps of every row.
// Our own code.
#nullable enable
using System;
using System.Collections.Immutable;
using System.Linq;

namespace HeldOut85.ImmutableListBuilder_BatchTotal;

public static class ScoreBatch
{
    public static ImmutableList<ImmutableArray<double>> Normalise(ImmutableList<ImmutableArray<double>> rows)
    {
        ImmutableList<ImmutableArray<double>> shifted = rows.ConvertAll(r =>
        {
            double m = r.Max();
            return r.Select(v => Math.Exp(v - m)).ToImmutableArray();
        });

        double z = 0.0;
        foreach (ImmutableArray<double> e in shifted)
        {
            foreach (double v in e)
                z += v; //~ LG0002
        }

        ImmutableList<ImmutableArray<double>> output = ImmutableList<ImmutableArray<double>>.Empty;
        foreach (ImmutableArray<double> e in shifted)
            output = output.Add(e.Select(v => v / z).ToImmutableArray());
        return output;
    }
}
