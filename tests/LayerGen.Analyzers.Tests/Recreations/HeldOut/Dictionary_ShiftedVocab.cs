// Pattern (our own code): a next-token distribution over a vocabulary dictionary, as n-gram samplers build one
// (justinamiller/BPEngine has src/BEEngine.Model/NGramSampler.cs; its code was not read): the maximum of the
// dictionary's values is subtracted before exp.
// Layout: Dictionary<string, double> scores -> Dictionary<string, double> probabilities. Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut.DictionaryShiftedVocab;

public static class TokenDistribution
{
    public static Dictionary<string, double> Softmax(IReadOnlyDictionary<string, double> scores)
    {
        double max = scores.Values.Max();
        var weights = new Dictionary<string, double>(scores.Count);
        double total = 0;
        foreach (KeyValuePair<string, double> kv in scores)
        {
            double w = Math.Exp(kv.Value - max);
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
