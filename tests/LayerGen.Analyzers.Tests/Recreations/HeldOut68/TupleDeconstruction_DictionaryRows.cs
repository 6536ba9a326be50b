// Idiom: tuples and deconstruction: `foreach (var (label, logits) in scores)` over a dictionary and a helper that returns
// `(double[] Exps, double Sum)`, deconstructed at the call. Tuple-returning style of the ML.NET BERT sample's
// `Softmax<T>` extension (returns `(Item, Probability)`); our own code.
// Use: per-document label probabilities. Layout: IReadOnlyDictionary<string, double[]>, one softmax per entry; Math.Exp.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut68.TupleDeconstruction_DictionaryRows;

public static class DictionarySoftmax
{
    public static Dictionary<string, double[]> Softmax(IReadOnlyDictionary<string, double[]> scores)
    {
        var result = new Dictionary<string, double[]>();
        foreach (var (label, logits) in scores)
        {
            double max = logits.Max();
            var (exps, sum) = Exponentiate(logits, max);
            result[label] = Array.ConvertAll(exps, e => e / sum);
        }

        return result;
    }

    static (double[] Exps, double Sum) Exponentiate(double[] logits, double max)
    {
        var exps = logits.Select(v => Math.Exp(v - max)).ToArray();
        return (exps, exps.Sum());
    }
}
