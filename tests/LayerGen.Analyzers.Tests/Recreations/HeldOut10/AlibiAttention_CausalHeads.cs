// Re-creation (our own code) of the shape of ALiBi attention (Press, Smith & Lewis 2022, "Train Short, Test Long":
// scores q·k/√d − m_h · (i − j) with head slopes m_h = 2^(−8(h+1)/H), causal rows j ≤ i).
// Layout: float[heads, T, T] rank 3 scores and probabilities, the masked upper triangle written as 0; the row's
// biased scores kept in a Span<float> scratch.
// Correct: each (head, query) row's maximum over its visible keys is the shift.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class AlibiAttentionCausalHeads
{
    public static float Slope(int head, int heads) => MathF.Pow(2f, -8f * (head + 1) / heads);

    public static void Attention(float[,,] scores, float[,,] probabilities)
    {
        int heads = scores.GetLength(0);
        int length = scores.GetLength(1);
        Span<float> biased = new float[length];
        for (int h = 0; h < heads; h++)
        {
            float slope = Slope(h, heads);
            for (int i = 0; i < length; i++)
            {
                float rowMax = float.NegativeInfinity;
                for (int j = 0; j <= i; j++)
                {
                    biased[j] = scores[h, i, j] - slope * (i - j);
                    rowMax = MathF.Max(rowMax, biased[j]);
                }

                float rowSum = 0f;
                for (int j = 0; j <= i; j++)
                {
                    biased[j] = MathF.Exp(biased[j] - rowMax);
                    rowSum += biased[j];
                }

                for (int j = 0; j < length; j++)
                    probabilities[h, i, j] = j <= i ? biased[j] / rowSum : 0f;
            }
        }
    }
}
