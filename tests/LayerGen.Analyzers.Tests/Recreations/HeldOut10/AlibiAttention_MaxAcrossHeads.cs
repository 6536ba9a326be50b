// Re-creation (our own code) of the shape of ALiBi causal attention (Press et al. 2022), with the shift for query i
// computed once for all heads.
// Layout: float[heads, T, T] scores, slopes 2^(−8(h+1)/H), causal rows; probabilities to float[heads, T, T].
// Bug (LG0001): the maximum for query i runs over every head's visible biased scores, not one head's row; a head
// whose scores sit far below another head's underflows to 0 / 0.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class AlibiAttentionMaxAcrossHeads
{
    public static void Attention(float[,,] scores, float[,,] probabilities)
    {
        int heads = scores.GetLength(0);
        int length = scores.GetLength(1);
        for (int i = 0; i < length; i++)
        {
            float queryMax = float.NegativeInfinity;
            for (int h = 0; h < heads; h++)
                for (int j = 0; j <= i; j++)
                    queryMax = MathF.Max(queryMax, scores[h, i, j] - MathF.Pow(2f, -8f * (h + 1) / heads) * (i - j)); //~ LG0001

            for (int h = 0; h < heads; h++)
            {
                float slope = MathF.Pow(2f, -8f * (h + 1) / heads);
                float sum = 0f;
                for (int j = 0; j <= i; j++)
                {
                    probabilities[h, i, j] = MathF.Exp(scores[h, i, j] - slope * (i - j) - queryMax);
                    sum += probabilities[h, i, j];
                }

                for (int j = 0; j <= i; j++)
                    probabilities[h, i, j] /= sum;
            }
        }
    }
}
