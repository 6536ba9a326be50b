// Bug variants: one softmax per key of a dictionary of score rows (Dictionary<int, float[]>,
// SortedDictionary<string, List<double>>), walked with KeyValuePair or deconstruction and through .Values. One
// partition function sums every key's exps (LG0002); one maximum is taken over every key's scores (LG0001).
// Source: recommendation and ranking services in C# that score a catalogue per user or per query id — the shape of
// HeldOut7's RecommendationUsersSharedDenominator, written anew over other key and row types.
// Layout: Dictionary<int, float[]> query -> scores; SortedDictionary<string, List<double>> user -> scores.
using System;
using System.Collections.Generic;

namespace Recreations.DictionaryRowsOfArraysAcross;

public static class KeyedSoftmax
{
    public static Dictionary<int, float[]> SharedPartition(Dictionary<int, float[]> scores)
    {
        var probs = new Dictionary<int, float[]>();
        float partition = 0f;
        foreach (var kv in scores)
        {
            float max = float.NegativeInfinity;
            for (int i = 0; i < kv.Value.Length; i++)
            {
                max = MathF.Max(max, kv.Value[i]);
            }

            var e = new float[kv.Value.Length];
            for (int i = 0; i < e.Length; i++)
            {
                e[i] = MathF.Exp(kv.Value[i] - max);
                partition += e[i]; //~ LG0002
            }

            probs[kv.Key] = e;
        }

        foreach (var e in probs.Values)
        {
            for (int i = 0; i < e.Length; i++)
            {
                e[i] /= partition;
            }
        }

        return probs;
    }

    public static SortedDictionary<string, double[]> GlobalMax(SortedDictionary<string, List<double>> scores)
    {
        double shift = double.NegativeInfinity;
        foreach (List<double> row in scores.Values)
        {
            foreach (double s in row)
            {
                shift = Math.Max(shift, s); //~ LG0001
            }
        }

        var result = new SortedDictionary<string, double[]>();
        foreach (var (user, row) in scores)
        {
            var w = new double[row.Count];
            double z = 0;
            for (int i = 0; i < w.Length; i++)
            {
                w[i] = Math.Exp(row[i] - shift);
                z += w[i];
            }

            for (int i = 0; i < w.Length; i++)
            {
                w[i] /= z;
            }

            result[user] = w;
        }

        return result;
    }
}
