// Source: DeepLog log-anomaly detection (Du et al. 2017), next-log-key softmax over the key vocabulary.
// Layout: IEnumerable<float[]> of per-window logits, LINQ Select/Sum per window.
// Label: LG0003 (the window's logits are exponentiated without subtracting their maximum).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut21.DeepLogRawKeyExp;

/// <summary>Next-log-key probabilities.</summary>
public static class KeyDistribution
{
    /// <summary>p[k] = exp(logit[k]) / Σ exp over the window's keys.</summary>
    public static List<float[]> Probabilities(IEnumerable<float[]> windowLogits)
    {
        var result = new List<float[]>();
        foreach (float[] logits in windowLogits)
        {
            float[] e = logits.Select(v => MathF.Exp(v)).ToArray(); //~ LG0003
            float z = e.Sum();
            result.Add(e.Select(v => v / z).ToArray());
        }

        return result;
    }
}
