// Idiom: attention over the spans of each trace, the collector keeping span scores per trace id in a dictionary;
// the normaliser comes from a small private helper of the same type.
// Layout: Dictionary<string, float[]> span scores per trace; shifted weights per trace, helper TotalWeight over the
// weight dictionary.
// Bug (LG0002): the helper sums the weights of EVERY trace, and each trace is divided by that one total.
// Style inspired by trace root-cause ranking; our own C#.
using System;
using System.Collections.Generic;

namespace HeldOut56.TraceSpans_HelperTotalOverTraces;

public static class CollectorAttention
{
    public static Dictionary<string, float[]> Weigh(Dictionary<string, float[]> scoresByTrace)
    {
        var weights = new Dictionary<string, float[]>(scoresByTrace.Count);
        foreach (var (traceId, scores) in scoresByTrace)
        {
            float top = float.NegativeInfinity;
            foreach (float s in scores) top = MathF.Max(top, s);
            var w = new float[scores.Length];
            for (int i = 0; i < scores.Length; i++) w[i] = MathF.Exp(scores[i] - top);
            weights[traceId] = w;
        }

        float norm = TotalWeight(weights);
        foreach (float[] w in weights.Values)
        {
            for (int i = 0; i < w.Length; i++) w[i] /= norm;
        }

        return weights;
    }

    private static float TotalWeight(Dictionary<string, float[]> weights)
    {
        float total = 0f;
        foreach (float[] w in weights.Values)
        {
            foreach (float x in w) total += x; //~ LG0002
        }

        return total;
    }
}
