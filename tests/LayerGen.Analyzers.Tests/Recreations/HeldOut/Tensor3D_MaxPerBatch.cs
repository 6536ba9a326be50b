// Variant (our own code) of the [B, T, V] softmax of nietras/Llm.cs (SoftmaxForward) as a float[batch, heads, tokens]
// array: the maximum is reset per batch entry only, so it spans every head of that entry, while the sum is per head.
// Layout: float[batch, heads, tokens], softmax over the last axis. Bug (LG0001): max over heads and tokens.
using System;

namespace HeldOut.Tensor3DMaxPerBatch;

public static class HeadSoftmax
{
    public static void Forward(float[,,] scores)
    {
        int batch = scores.GetLength(0);
        int heads = scores.GetLength(1);
        int tokens = scores.GetLength(2);
        for (int b = 0; b < batch; b++)
        {
            float max = float.NegativeInfinity;
            for (int h = 0; h < heads; h++)
            {
                for (int t = 0; t < tokens; t++)
                {
                    max = MathF.Max(max, scores[b, h, t]); //~ LG0001
                }
            }

            for (int h = 0; h < heads; h++)
            {
                float sum = 0f;
                for (int t = 0; t < tokens; t++)
                {
                    scores[b, h, t] = MathF.Exp(scores[b, h, t] - max);
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
