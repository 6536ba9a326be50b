// Source: DeepLog log-anomaly detection (Du et al. 2017): an LSTM predicts the next log key of each window; the
// softmax over the key vocabulary gives candidates, and a window is anomalous when its actual key is not in the top g.
// Layout: List<float[]> of per-window logits, while loops, a per-window anomaly flag.
// Label: Correct.
using System;
using System.Collections.Generic;

namespace HeldOut21.DeepLogNextKeyCandidates;

/// <summary>Next-log-key probabilities and top-g anomaly flags.</summary>
public static class NextKeyDetector
{
    /// <summary>Softmax of each window's logits; flags[w] when actualKeys[w] ranks below the top g.</summary>
    public static List<float[]> Probabilities(List<float[]> windowLogits, int[] actualKeys, int g, bool[] flags)
    {
        var result = new List<float[]>(windowLogits.Count);
        int w = 0;
        while (w < windowLogits.Count)
        {
            float[] logits = windowLogits[w];
            float max = float.MinValue;
            int k = 0;
            while (k < logits.Length)
            {
                max = Math.Max(max, logits[k]);
                k++;
            }

            var probs = new float[logits.Length];
            float denominator = 0f;
            for (k = 0; k < logits.Length; k++)
            {
                probs[k] = MathF.Exp(logits[k] - max);
                denominator += probs[k];
            }

            int better = 0;
            for (k = 0; k < logits.Length; k++)
            {
                probs[k] /= denominator;
                if (logits[k] > logits[actualKeys[w]]) better++;
            }

            flags[w] = better >= g;
            result.Add(probs);
            w++;
        }

        return result;
    }
}
