// Re-creation (our own code) of the shape of SAGAN's self-attention map (Zhang et al. 2019, Self-Attention GAN:
// β_{j,i} = exp(s_ij) / Σ_i exp(s_ij), the attention of output location j over input locations i).
// Layout: float[N, N] energy stored as energy[i, j] (input location i first), so the softmax runs down each column
// j over i; the map is written in the same [i, j] layout.
// Correct: each column's maximum over i is the shift; the loops walk the column with i innermost.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class SaganAttentionKeyAxisColumns
{
    public static void AttentionMap(float[,] energy, float[,] beta)
    {
        int inputs = energy.GetLength(0);
        int outputs = energy.GetLength(1);
        for (int j = 0; j < outputs; j++)
        {
            float columnMax = float.NegativeInfinity;
            for (int i = 0; i < inputs; i++)
                columnMax = Math.Max(columnMax, energy[i, j]);

            float columnSum = 0f;
            for (int i = 0; i < inputs; i++)
            {
                beta[i, j] = MathF.Exp(energy[i, j] - columnMax);
                columnSum += beta[i, j];
            }

            for (int i = 0; i < inputs; i++)
                beta[i, j] /= columnSum;
        }
    }
}
