// Idiom: immutable records with `with`: `samples.Select(s => s with { Probabilities = Softmax(s.Logits) })`, an init-only
// property defaulted by a collection expression; the softmax a LINQ helper per sample. Our own code.
// Use: classifier outputs attached to immutable samples. Layout: IEnumerable<Sample> records, one double[] each.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut68.RecordWith_PerSampleProbabilities;

public sealed record Sample(string Id, double[] Logits)
{
    public double[] Probabilities { get; init; } = [];
}

public static class RecordSoftmax
{
    public static IReadOnlyList<Sample> WithProbabilities(IEnumerable<Sample> samples) =>
        samples.Select(s => s with { Probabilities = Softmax(s.Logits) }).ToList();

    static double[] Softmax(double[] z)
    {
        double max = z.Max();
        double[] e = z.Select(v => Math.Exp(v - max)).ToArray();
        double sum = e.Sum();
        return e.Select(v => v / sum).ToArray();
    }
}
