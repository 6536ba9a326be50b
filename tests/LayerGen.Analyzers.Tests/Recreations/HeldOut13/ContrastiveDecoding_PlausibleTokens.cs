// Source: contrastive decoding (Li et al. 2023, "Contrastive Decoding: Open-ended Text Generation as Optimization";
// XiangLi1999/ContrastiveDecoding): score = log p_expert − log p_amateur over the plausible head
// V_head = {v : log p_expert(v) ≥ log α + max log p_expert}; implausible tokens get −∞; softmax over the vocabulary.
// Layout: float[steps, vocab] expert and amateur log-probabilities, masked tokens written as −∞ and skipped.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class ContrastiveDecoding_PlausibleTokens
{
    public static float[,] Distribution(float[,] expert, float[,] amateur, float alpha)
    {
        int steps = expert.GetLength(0), vocab = expert.GetLength(1);
        var p = new float[steps, vocab];
        float logAlpha = MathF.Log(alpha);
        for (int s = 0; s < steps; s++)
        {
            float expertTop = float.NegativeInfinity;
            for (int v = 0; v < vocab; v++)
                expertTop = MathF.Max(expertTop, expert[s, v]);
            float cut = logAlpha + expertTop;

            float best = float.NegativeInfinity;
            for (int v = 0; v < vocab; v++)
            {
                p[s, v] = expert[s, v] >= cut ? expert[s, v] - amateur[s, v] : float.NegativeInfinity;
                if (p[s, v] > best)
                    best = p[s, v];
            }

            float z = 0f;
            for (int v = 0; v < vocab; v++)
            {
                p[s, v] = float.IsNegativeInfinity(p[s, v]) ? 0f : MathF.Exp(p[s, v] - best);
                z += p[s, v];
            }
            for (int v = 0; v < vocab; v++)
                p[s, v] /= z;
        }
        return p;
    }
}
