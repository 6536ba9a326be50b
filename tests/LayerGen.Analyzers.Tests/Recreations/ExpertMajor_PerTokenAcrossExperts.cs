// Correct twins: gated mixtures whose experts each own a float[tokens] of gate logits (expert-major); the mixing weights
// at token t are a softmax across the experts' slot t, max and sum taken per token over the experts. Held in a
// Dictionary<string, float[]> (walked by KeyValuePair, deconstruction and .Values, the weights made by ToDictionary), a
// List<float[]> (weights made by Select(_ => new float[tokens]).ToList()) and a jagged float[][].
// Source: HeldOut42's GatedHeads_ExpertObjects with the experts held in plain collections (its outside probes).
// Layout: expert-major, one float[tokens] per expert. Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.ExpertMajorPerTokenAcrossExperts;

public static class ExpertMixing
{
    public static Dictionary<string, float[]> NamedExperts(Dictionary<string, float[]> logits, int tokens)
    {
        var w = logits.ToDictionary(kv => kv.Key, _ => new float[tokens]);
        for (int t = 0; t < tokens; t++)
        {
            float m = logits.Values.Max(v => v[t]);
            foreach (var kv in logits)
            {
                w[kv.Key][t] = MathF.Exp(kv.Value[t] - m);
            }

            float z = w.Values.Sum(v => v[t]);
            foreach (float[] v in w.Values)
            {
                v[t] /= z;
            }
        }

        return w;
    }

    public static Dictionary<string, float[]> NamedExpertsDeconstructed(IReadOnlyDictionary<string, float[]> logits, int tokens)
    {
        var w = logits.ToDictionary(kv => kv.Key, kv => new float[kv.Value.Length]);
        int t = 0;
        while (t < tokens)
        {
            float m = float.NegativeInfinity;
            foreach (var (_, v) in logits)
            {
                m = MathF.Max(m, v[t]);
            }

            float z = 0f;
            foreach (var (name, v) in logits)
            {
                float e = MathF.Exp(v[t] - m);
                w[name][t] = e;
                z += e;
            }

            foreach (string name in logits.Keys)
            {
                w[name][t] /= z;
            }

            t++;
        }

        return w;
    }

    public static List<float[]> ListedExperts(List<float[]> logits, int tokens)
    {
        var w = logits.Select(_ => new float[tokens]).ToList();
        for (int t = 0; t < tokens; t++)
        {
            float m = float.NegativeInfinity;
            foreach (float[] v in logits)
            {
                m = MathF.Max(m, v[t]);
            }

            float z = 0f;
            for (int k = 0; k < logits.Count; k++)
            {
                w[k][t] = MathF.Exp(logits[k][t] - m);
                z += w[k][t];
            }

            for (int k = 0; k < w.Count; k++)
            {
                w[k][t] /= z;
            }
        }

        return w;
    }

    public static double[][] JaggedExperts(double[][] logits, int tokens)
    {
        var w = logits.Select(_ => new double[tokens]).ToArray();
        for (int t = 0; t < tokens; t++)
        {
            double m = logits.Max(v => v[t]);
            for (int k = 0; k < logits.Length; k++)
            {
                w[k][t] = Math.Exp(logits[k][t] - m);
            }

            double z = w.Sum(v => v[t]);
            for (int k = 0; k < w.Length; k++)
            {
                w[k][t] /= z;
            }
        }

        return w;
    }
}
