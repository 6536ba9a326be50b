// known gap: a partition summed over the KeyValuePair entries of each dictionary in a List<Dictionary<string, float>> is not read as too wide (found with List<float[]>)
// gap: -LG0002@32
// Idiom: a port of a Java maxent tagger: a `List<Map<String, Double>>` of per-token label scores, a per-token max in
// `double[] tokenMax`, and a `partition` accumulated in one loop over every token's `entrySet()`.
// Use: per-token label distribution. Layout: List<Dictionary<string, float>>, one softmax per token; MathF.Exp.
// Bug LG0002: the partition function sums the shifted exps of every token of the sentence.
// Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut91.LabelMap_CorpusPartition;

public sealed class MaxentTagger
{
    public List<Dictionary<string, float>> tagDistributions(List<Dictionary<string, float>> tokenScores)
    {
        float[] tokenMax = new float[tokenScores.Count];
        for (int t = 0; t < tokenScores.Count; t++)
        {
            float m = float.NegativeInfinity;
            foreach (float s in tokenScores[t].Values) m = MathF.Max(m, s);
            tokenMax[t] = m;
        }
        float partition = 0f;
        var unnormalised = new List<Dictionary<string, float>>();
        for (int t = 0; t < tokenScores.Count; t++)
        {
            var u = new Dictionary<string, float>();
            foreach (KeyValuePair<string, float> entry in tokenScores[t])
            {
                u[entry.Key] = MathF.Exp(entry.Value - tokenMax[t]);
                partition += u[entry.Key]; //~ LG0002
            }
            unnormalised.Add(u);
        }
        var result = new List<Dictionary<string, float>>();
        foreach (Dictionary<string, float> u in unnormalised)
        {
            var d = new Dictionary<string, float>();
            foreach (KeyValuePair<string, float> entry in u) d[entry.Key] = entry.Value / partition;
            result.Add(d);
        }
        return result;
    }
}
