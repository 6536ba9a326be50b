// Idiom: positional record with an init-only extra property, filled by a `with` expression.
// Use: inference results (id, logits) enriched with probabilities without mutating the input records.
// Layout: IEnumerable<Prediction>, each record holding its own ImmutableArray<double> of logits.
// Correct: the private helper is given one record's logits and takes that slice's own max and sum.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace HeldOut85.RecordWith_SampleProbabilities;

public sealed record Prediction(string Id, ImmutableArray<double> Logits)
{
    public ImmutableArray<double> Probabilities { get; init; } = ImmutableArray<double>.Empty;
}

public static class Predictions
{
    public static IReadOnlyList<Prediction> WithProbabilities(IEnumerable<Prediction> predictions) =>
        predictions.Select(p => p with { Probabilities = Softmax(p.Logits) }).ToList();

    private static ImmutableArray<double> Softmax(ImmutableArray<double> logits)
    {
        double max = double.NegativeInfinity;
        for (int i = 0; i < logits.Length; i++)
            max = Math.Max(max, logits[i]);

        var exps = new double[logits.Length];
        double sum = 0.0;
        for (int i = 0; i < logits.Length; i++)
        {
            exps[i] = Math.Exp(logits[i] - max);
            sum += exps[i];
        }

        return exps.Select(e => e / sum).ToImmutableArray();
    }
}
