// Variants (our own code, pattern: n-gram / vocabulary samplers keeping scores per token in a dictionary, no single
// source file read; see HeldOut/Dictionary_ShiftedVocab.cs) of a softmax over dictionary values, each exponentiating
// the scores as they are: a deconstructing foreach, LINQ ToDictionary, and integer class ids with an exp dictionary
// divided in place.
// Layouts: IReadOnlyDictionary<string, double>, Dictionary<string, double>, Dictionary<int, float>. Bug (LG0003) x3.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.DictionaryRawScores;

public static class TokenSoftmax
{
    public static Dictionary<string, double> Deconstructed(IReadOnlyDictionary<string, double> logits)
    {
        var probabilities = new Dictionary<string, double>();
        double z = 0;
        foreach (var (token, score) in logits)
        {
            double e = Math.Exp(score); //~ LG0003
            probabilities[token] = e;
            z += e;
        }

        foreach (string token in probabilities.Keys.ToList())
        {
            probabilities[token] /= z;
        }

        return probabilities;
    }

    public static Dictionary<string, double> Linq(Dictionary<string, double> logits)
    {
        var exps = logits.ToDictionary(kv => kv.Key, kv => Math.Exp(kv.Value)); //~ LG0003
        double total = exps.Values.Sum();
        return exps.ToDictionary(kv => kv.Key, kv => kv.Value / total);
    }

    public static Dictionary<int, float> ByClassId(Dictionary<int, float> scores)
    {
        var e = new Dictionary<int, float>(scores.Count);
        float sum = 0f;
        foreach (int id in scores.Keys)
        {
            e[id] = MathF.Exp(scores[id]); //~ LG0003
            sum += e[id];
        }

        foreach (int id in scores.Keys)
        {
            e[id] /= sum;
        }

        return e;
    }
}
