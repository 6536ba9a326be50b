// Re-creates: scaled dot-product attention in C# samples (Semantic Kernel / embedding demos, "attention from
// scratch" posts): weights = exp(q·k / sqrt(d)) / sum, with no max subtracted.
// Layout: flat [T, T] row-major scores float[]; softmax axis = keys.
// Bug: LG0003 (exp of the raw scaled score).
using System;

namespace LayerGen.Recreations.HeldOut3.AttentionScaledNoShift;

public static class DotProductAttention
{
    public static void Weights(float[] scores, float[] weights, int t, int headDim)
    {
        float scale = 1f / MathF.Sqrt(headDim);
        for (int q = 0; q < t; q++)
        {
            int o = q * t;
            float sum = 0f;
            for (int k = 0; k < t; k++)
            {
                weights[o + k] = MathF.Exp(scores[o + k] * scale); //~ LG0003
                sum += weights[o + k];
            }

            for (int k = 0; k < t; k++)
            {
                weights[o + k] /= sum;
            }
        }
    }
}
