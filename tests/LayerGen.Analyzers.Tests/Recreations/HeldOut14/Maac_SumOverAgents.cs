// Source: multi-actor-attention-critic (Iqbal & Sha 2019; MAAC `AttentionCritic`), a port with the normaliser
// hoisted to the head.
// Layout: rank-3 float[heads, agents, agents], self skipped; per-agent peak is right, the normaliser is declared per
// head, above the agent loop.
// Bug LG0002: the normaliser sums the attention logits of every agent of the head, not one agent's others.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class Maac_SumOverAgents
{
    public static float[,,] Weights(float[,,] logits)
    {
        int heads = logits.GetLength(0);
        int n = logits.GetLength(1);
        var w = new float[heads, n, n];
        for (int h = 0; h < heads; h++)
        {
            float z = 0f;
            for (int i = 0; i < n; i++)
            {
                float peak = float.NegativeInfinity;
                for (int j = 0; j < n; j++)
                    if (j != i) peak = MathF.Max(peak, logits[h, i, j]);
                for (int j = 0; j < n; j++)
                {
                    if (j == i) continue;
                    w[h, i, j] = MathF.Exp(logits[h, i, j] - peak);
                    z += w[h, i, j]; //~ LG0002
                }
                for (int j = 0; j < n; j++)
                    w[h, i, j] /= z;
            }
        }
        return w;
    }
}
