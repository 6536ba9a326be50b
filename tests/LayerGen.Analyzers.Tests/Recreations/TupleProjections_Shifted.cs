// Correct twins of TupleProjections_RawExp: the same projections into tuples, anonymous types and records, with the
// maximum subtracted inside the exp. Correct.
// Source: weighted pickers and label scorers in C# (Unity random pools, NLU intent rankers) that carry the label
// alongside its weight — the shape of HeldOut6's RandomPoolTupleRawExp, written anew with other element types.
// Layout: one softmax over a sequence (1-D).
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.TupleProjectionsShifted;

public sealed record Weighted(int Index, double Weight);

public static class ProjectedSoftmax
{
    // Named tuple over a dictionary's entries, turned back into a dictionary of probabilities.
    public static Dictionary<string, float> NamedTupleOverDictionary(Dictionary<string, float> scores)
    {
        float top = scores.Values.Max();
        var weighted = scores.Select(kv => (Label: kv.Key, E: MathF.Exp(kv.Value - top))).ToArray();
        float z = weighted.Sum(t => t.E);
        return weighted.ToDictionary(t => t.Label, t => t.E / z);
    }

    // Anonymous type carrying the index next to its weight.
    public static double[] AnonymousWithIndex(double[] logits)
    {
        double m = logits.Max();
        var items = logits.Select((s, i) => new { Index = i, Weight = Math.Exp(s - m) }).ToList();
        double total = items.Sum(a => a.Weight);
        var p = new double[logits.Length];
        foreach (var a in items)
        {
            p[a.Index] = a.Weight / total;
        }

        return p;
    }

    // A list of (id, exp) tuples filled in a loop, summed and divided through deconstruction.
    public static double[] TupleListDeconstructed(double[] logits)
    {
        var list = new List<(int Id, double E)>();
        double m = double.NegativeInfinity;
        foreach (double v in logits) m = Math.Max(m, v);
        for (int i = 0; i < logits.Length; i++)
        {
            list.Add((i, Math.Exp(logits[i] - m)));
        }

        double z = 0.0;
        foreach (var (_, e) in list)
        {
            z += e;
        }

        var p = new double[logits.Length];
        foreach (var (id, e) in list)
        {
            p[id] = e / z;
        }

        return p;
    }

    // A positional record made per element.
    public static double[] RecordProjection(double[] logits)
    {
        double max = logits.Max();
        var weighted = logits.Select((x, i) => new Weighted(i, Math.Exp(x - max))).ToList();
        double total = weighted.Sum(w => w.Weight);
        return weighted.Select(w => w.Weight / total).ToArray();
    }
}
