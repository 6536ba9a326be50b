// Variant (our own code) of a float[batch, heads, tokens] attention softmax (nietras/Llm.cs [B, NH, T, T] weights
// as a rectangular array): the maximum for token t is taken across the heads (m[b, t] over h), while the sum runs
// over the tokens of each head.
// Layout: float[batch, heads, tokens], softmax over tokens. Bug (LG0004): max over heads, sum over tokens.
using System;

namespace HeldOut.Tensor3DMaxOverHeads;

public static class HeadSoftmax
{
    public static void Forward(float[,,] scores)
    {
        int batch = scores.GetLength(0);
        int heads = scores.GetLength(1);
        int tokens = scores.GetLength(2);
        var m = new float[batch, tokens];
        for (int b = 0; b < batch; b++)
        {
            for (int t = 0; t < tokens; t++)
            {
                m[b, t] = float.NegativeInfinity;
                for (int h = 0; h < heads; h++)
                {
                    m[b, t] = MathF.Max(m[b, t], scores[b, h, t]); //~ LG0004
                }
            }
        }

        for (int b = 0; b < batch; b++)
        {
            for (int h = 0; h < heads; h++)
            {
                float sum = 0f;
                for (int t = 0; t < tokens; t++)
                {
                    scores[b, h, t] = MathF.Exp(scores[b, h, t] - m[b, t]);
                    sum += scores[b, h, t];
                }

                for (int t = 0; t < tokens; t++)
                {
                    scores[b, h, t] /= sum;
                }
            }
        }
    }
}
