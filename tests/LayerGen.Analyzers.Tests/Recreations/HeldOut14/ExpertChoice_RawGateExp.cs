// Source: expert-choice routing (Zhou et al. 2022): token-to-expert affinities S = softmax(X W_g) over the experts.
// Layout: jagged float[tokens][experts]; each row exponentiated in a foreach over a ReadOnlySpan<float> and scaled by
// the reciprocal of its sum.
// Bug LG0003: the gate logits are exponentiated without subtracting the row maximum (overflow above ~88).
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class ExpertChoice_RawGateExp
{
    public static void Affinity(float[][] gateLogits, float[][] affinity)
    {
        for (int t = 0; t < gateLogits.Length; t++)
        {
            ReadOnlySpan<float> logits = gateLogits[t];
            float[] s = affinity[t];
            float total = 0f;
            int e = 0;
            foreach (float g in logits)
            {
                s[e] = MathF.Exp(g); //~ LG0003
                total += s[e++];
            }
            float inv = 1f / total;
            for (e = 0; e < s.Length; e++)
                s[e] *= inv;
        }
    }
}
