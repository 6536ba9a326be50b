// Source: discrete BCQ (Fujimoto et al. 2019; sfujim/BCQ), the imitation softmax of a replay minibatch written over
//   a list of per-state logit rows, normalised in a second pass.
// Layout: List<float[]> imitation logits, LINQ `Max()` per row as the shift; the total is declared above the state
//   loop and every row is divided by it afterwards.
// Bug: LG0002 (the normaliser spans the whole minibatch).
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Corpus.HeldOut17;

/// <summary>Discrete BCQ imitation probabilities for a minibatch with one total.</summary>
public static class DiscreteBcqMinibatch
{
    /// <summary>Returns the imitation probabilities per state.</summary>
    public static List<float[]> ImitationProbabilities(List<float[]> imitationLogits)
    {
        var probs = new List<float[]>(imitationLogits.Count);
        float total = 0f;
        foreach (float[] logits in imitationLogits)
        {
            float peak = logits.Max();
            var p = new float[logits.Length];
            for (int a = 0; a < logits.Length; a++)
            {
                p[a] = MathF.Exp(logits[a] - peak);
                total += p[a]; //~ LG0002
            }

            probs.Add(p);
        }

        foreach (float[] p in probs)
        {
            for (int a = 0; a < p.Length; a++)
            {
                p[a] /= total;
            }
        }

        return probs;
    }
}
