// Idiom: `Aggregate` folds: `row.Aggregate(float.NegativeInfinity, MathF.Max)` per row, then the normaliser as one
// `SelectMany(e => e).Aggregate(0f, (acc, e) => acc + e)` (two-pass LINQ, in the style of the ML.NET BERT sample's
// `SoftmaxEnumerableExtension`; our own code). Use: per-sample class probabilities.
// Layout: List<float[]> rows; MathF.Exp.
// Bug LG0002: the normaliser folds the exps of every row, so each row is divided by the batch total.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut68.AggregateTuple_SelectManyTotal;

public static class AggregateSoftmax
{
    public static List<float[]> Softmax(List<float[]> rows)
    {
        var exps = rows
            .Select(row =>
            {
                float max = row.Aggregate(float.NegativeInfinity, MathF.Max);
                return row.Select(v => MathF.Exp(v - max)).ToArray();
            })
            .ToList();
        float total = exps.SelectMany(e => e).Aggregate(0f, (acc, e) => acc + e); //~ LG0002
        return exps.Select(e => e.Select(v => v / total).ToArray()).ToList();
    }
}
