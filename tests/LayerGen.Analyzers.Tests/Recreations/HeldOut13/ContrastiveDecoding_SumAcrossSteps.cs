// Source: contrastive decoding (Li et al. 2023), batched over decoding steps, with the partition function declared
// above the step loop and never reset.
// Layout: float[steps, vocab] expert and amateur log-probabilities.
// Bug: LG0002 — the denominator keeps accumulating across steps.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class ContrastiveDecoding_SumAcrossSteps
{
    public static float[,] Distribution(float[,] expert, float[,] amateur, float alpha)
    {
        int steps = expert.GetLength(0), vocab = expert.GetLength(1);
        var p = new float[steps, vocab];
        float logAlpha = MathF.Log(alpha);
        float z = 0f;
        for (int s = 0; s < steps; s++)
        {
            float expertTop = float.NegativeInfinity;
            for (int v = 0; v < vocab; v++)
                expertTop = MathF.Max(expertTop, expert[s, v]);

            float best = float.NegativeInfinity;
            for (int v = 0; v < vocab; v++)
                if (expert[s, v] >= logAlpha + expertTop)
                    best = MathF.Max(best, expert[s, v] - amateur[s, v]);

            for (int v = 0; v < vocab; v++)
            {
                p[s, v] = expert[s, v] >= logAlpha + expertTop ? MathF.Exp(expert[s, v] - amateur[s, v] - best) : 0f;
                z += p[s, v]; //~ LG0002
            }
            for (int v = 0; v < vocab; v++)
                p[s, v] /= z;
        }
        return p;
    }
}
