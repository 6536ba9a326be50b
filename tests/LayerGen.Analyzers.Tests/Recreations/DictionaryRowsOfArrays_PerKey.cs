// Correct twins: one softmax per key of a dictionary of score rows, max and partition reset for every key; walked
// with deconstruction, and normalised in a second pass over .Values with each row's own sum.
// Source: recommendation and ranking services in C# that score a catalogue per user or per query id.
// Layout: Dictionary<string, double[]> user -> scores; Dictionary<int, float[]> query -> scores. Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.DictionaryRowsOfArraysPerKey;

public static class KeyedSoftmax
{
    public static Dictionary<string, double[]> Deconstructed(Dictionary<string, double[]> scores)
    {
        var result = new Dictionary<string, double[]>();
        foreach (var (user, items) in scores)
        {
            double best = double.NegativeInfinity;
            foreach (double s in items)
            {
                best = Math.Max(best, s);
            }

            var w = new double[items.Length];
            double partition = 0;
            for (int i = 0; i < items.Length; i++)
            {
                w[i] = Math.Exp(items[i] - best);
                partition += w[i];
            }

            for (int i = 0; i < w.Length; i++)
            {
                w[i] /= partition;
            }

            result[user] = w;
        }

        return result;
    }

    public static Dictionary<int, float[]> SecondPassOverValues(Dictionary<int, float[]> scores)
    {
        var probs = new Dictionary<int, float[]>();
        foreach (var kv in scores)
        {
            float max = kv.Value.Max();
            probs[kv.Key] = kv.Value.Select(v => MathF.Exp(v - max)).ToArray();
        }

        foreach (float[] e in probs.Values)
        {
            float z = e.Sum();
            for (int i = 0; i < e.Length; i++)
            {
                e[i] /= z;
            }
        }

        return probs;
    }
}
