// Variant (our own code) of the vocabulary-dictionary distribution (Dictionary_ShiftedVocab.cs pattern, scores per
// token string): each score is exponentiated as it is and divided by the total.
// Layout: Dictionary<string, double> scores. Bug (LG0003): exp of raw dictionary values.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut.DictionaryRawVocab;

public static class TokenDistribution
{
    public static Dictionary<string, double> Softmax(IReadOnlyDictionary<string, double> scores)
    {
        var weights = new Dictionary<string, double>(scores.Count);
        double total = 0;
        foreach (KeyValuePair<string, double> kv in scores)
        {
            double w = Math.Exp(kv.Value); //~ LG0003
            weights[kv.Key] = w;
            total += w;
        }

        foreach (string key in weights.Keys.ToList())
        {
            weights[key] /= total;
        }

        return weights;
    }
}
