// Idiom: REINFORCE policy head, action probabilities per environment from the network's logits.
// Use: vectorised environments, one logit array per environment.
// Layout: jagged float[envs][actions].
// Bug (LG0003): float.Exp of the raw logits, no max subtracted; logits above ~88 overflow to infinity and give NaN.
// Our own code.
#nullable enable
using System;

namespace HeldOut98.PolicyGradient_RawJaggedFloat;

public static class ReinforceHead
{
    public static float[][] ActionProbabilities(float[][] logits)
    {
        var probs = new float[logits.Length][];
        for (int env = 0; env < logits.Length; env++)
        {
            float[] l = logits[env];
            float[] p = probs[env] = new float[l.Length];
            float sum = 0f;
            for (int a = 0; a < l.Length; a++) sum += p[a] = float.Exp(l[a]); //~ LG0003
            for (int a = 0; a < l.Length; a++) p[a] /= sum;
        }

        return probs;
    }
}
