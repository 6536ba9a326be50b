// Bug variants: gated mixtures whose experts each own a float[tokens] of gate logits (expert-major); the mixing weights
// at token t should be a softmax across the experts' slot t. The per-token sum folds every token of every expert
// (w.Values.Sum(v => v.Sum()), w.Sum(v => v.Sum())) or is declared above the token loop and never reset (LG0002); the
// exps are not shifted (LG0003); the max is taken over every token of every expert (LG0001).
// Source: HeldOut42's outside probes (GatedHeads_* with the experts held in a dictionary or a list of arrays).
// Layout: expert-major, one float[tokens] per expert, in a Dictionary<string, float[]>, a List<float[]> or float[][].
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.ExpertMajorWholeOrRawSlices;

public static class ExpertMixing
{
    public static Dictionary<string, float[]> SumOverEveryToken(Dictionary<string, float[]> logits, int tokens)
    {
        var w = logits.ToDictionary(kv => kv.Key, _ => new float[tokens]);
        for (int t = 0; t < tokens; t++)
        {
            float m = logits.Values.Max(v => v[t]);
            foreach (var kv in logits)
            {
                w[kv.Key][t] = MathF.Exp(kv.Value[t] - m);
            }

            float z = w.Values.Sum(v => v.Sum()); //~ LG0002
            foreach (float[] v in w.Values)
            {
                v[t] /= z;
            }
        }

        return w;
    }

    public static List<float[]> ListSumOverEveryToken(List<float[]> logits, int tokens)
    {
        var w = logits.Select(_ => new float[tokens]).ToList();
        for (int t = 0; t < tokens; t++)
        {
            float m = logits.Max(v => v[t]);
            for (int k = 0; k < logits.Count; k++)
            {
                w[k][t] = MathF.Exp(logits[k][t] - m);
            }

            float z = w.Sum(v => v.Sum()); //~ LG0002
            foreach (float[] v in w)
            {
                v[t] /= z;
            }
        }

        return w;
    }

    public static Dictionary<string, float[]> RawExps(Dictionary<string, float[]> logits, int tokens)
    {
        var w = logits.ToDictionary(kv => kv.Key, _ => new float[tokens]);
        for (int t = 0; t < tokens; t++)
        {
            float z = 0f;
            foreach (var kv in logits)
            {
                w[kv.Key][t] = MathF.Exp(kv.Value[t]); //~ LG0003
                z += w[kv.Key][t];
            }

            foreach (var kv in logits)
            {
                w[kv.Key][t] /= z;
            }
        }

        return w;
    }

    public static Dictionary<string, float[]> SumNeverReset(Dictionary<string, float[]> logits, int tokens)
    {
        var w = logits.ToDictionary(kv => kv.Key, _ => new float[tokens]);
        float z = 0f;
        for (int t = 0; t < tokens; t++)
        {
            float m = logits.Values.Max(v => v[t]);
            foreach (var kv in logits)
            {
                w[kv.Key][t] = MathF.Exp(kv.Value[t] - m);
                z += w[kv.Key][t]; //~ LG0002
            }

            foreach (float[] v in w.Values)
            {
                v[t] /= z;
            }
        }

        return w;
    }

    public static double[][] JaggedPeakOverEveryToken(double[][] logits, int tokens)
    {
        var w = logits.Select(_ => new double[tokens]).ToArray();
        double m = logits.Max(v => v.Max()); //~ LG0001
        for (int t = 0; t < tokens; t++)
        {
            double z = 0;
            for (int k = 0; k < logits.Length; k++)
            {
                w[k][t] = Math.Exp(logits[k][t] - m);
                z += w[k][t];
            }

            for (int k = 0; k < w.Length; k++)
            {
                w[k][t] /= z;
            }
        }

        return w;
    }
}
