// HeldOut58 — a Python "{k: softmax(v) for k, v in scores.items()}" (or a MATLAB containers.Map of score vectors)
// ported to a Dictionary, one distribution per key, with float.Exp. Our own code.
// Layout: Dictionary<string, float[]>, foreach over KeyValuePair; softmax per key.
// Correct.
using System.Collections.Generic;

namespace HeldOut58.Dict_PerKey;

public static class DictPort
{
    public static Dictionary<string, float[]> Softmax(Dictionary<string, float[]> scores)
    {
        var probs = new Dictionary<string, float[]>(scores.Count);
        foreach (KeyValuePair<string, float[]> kv in scores)
        {
            float[] v = kv.Value;
            float top = float.NegativeInfinity;
            foreach (float s in v)
            {
                top = float.Max(top, s);
            }

            var p = new float[v.Length];
            float z = 0f;
            for (int i = 0; i < v.Length; i++)
            {
                p[i] = float.Exp(v[i] - top);
                z += p[i];
            }

            for (int i = 0; i < p.Length; i++)
            {
                p[i] /= z;
            }

            probs[kv.Key] = p;
        }

        return probs;
    }
}
