// Idiom: Switch-Transformer top-1 routing with the load-balancing auxiliary loss (fraction routed × mean router probability)
// Layout: flat float[tokens * experts], row stride = experts
// Correct
using System;

namespace HeldOut42.SwitchRouting_LoadBalance;

public sealed record SwitchRouting(float[] Probs, int[] Expert, float[] Fraction, float[] MeanProb, float AuxLoss);

public static class SwitchRouter
{
    public static SwitchRouting Route(float[] logits, int tokens, int experts)
    {
        var probs = new float[tokens * experts];
        var expert = new int[tokens];
        var fraction = new float[experts];
        var meanProb = new float[experts];

        for (int t = 0; t < tokens; t++)
        {
            int off = t * experts;
            float m = logits[off];
            int arg = 0;
            for (int e = 1; e < experts; e++)
            {
                if (logits[off + e] > m)
                {
                    m = logits[off + e];
                    arg = e;
                }
            }

            float s = 0f;
            for (int e = 0; e < experts; e++)
            {
                float v = MathF.Exp(logits[off + e] - m);
                probs[off + e] = v;
                s += v;
            }

            float inv = 1f / s;
            for (int e = 0; e < experts; e++)
            {
                probs[off + e] *= inv;
                meanProb[e] += probs[off + e];
            }

            expert[t] = arg;
            fraction[arg] += 1f;
        }

        float aux = 0f;
        for (int e = 0; e < experts; e++)
        {
            fraction[e] /= tokens;
            meanProb[e] /= tokens;
            aux += fraction[e] * meanProb[e];
        }

        return new SwitchRouting(probs, expert, fraction, meanProb, experts * aux);
    }
}
