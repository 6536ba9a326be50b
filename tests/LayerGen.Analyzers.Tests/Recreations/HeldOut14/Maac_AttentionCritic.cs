// Source: multi-actor-attention-critic (Iqbal & Sha 2019; shariqiqbal2810/MAAC `AttentionCritic`): for each head and
// each agent i, attention over the *other* agents j != i of (W_k e_j)^T (W_q e_i), then a weighted sum of their values.
// Layout: rank-3 float[heads, agents, agents]; the diagonal (self) is skipped in the peak and the sum and gets
// weight 0; the per-(head, agent) statistics are scalars reset inside the agent loop.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class Maac_AttentionCritic
{
    public static float[,,] Weights(float[,,] logits)
    {
        int heads = logits.GetLength(0);
        int n = logits.GetLength(1);
        var w = new float[heads, n, n];
        for (int h = 0; h < heads; h++)
        {
            for (int i = 0; i < n; i++)
            {
                float peak = float.NegativeInfinity;
                for (int j = 0; j < n; j++)
                    if (j != i && logits[h, i, j] > peak) peak = logits[h, i, j];
                float z = 0f;
                for (int j = 0; j < n; j++)
                {
                    if (j == i) continue;
                    w[h, i, j] = MathF.Exp(logits[h, i, j] - peak);
                    z += w[h, i, j];
                }
                for (int j = 0; j < n; j++)
                    w[h, i, j] /= z;
            }
        }
        return w;
    }
}
