// Re-creation (our own code) of the per-token softmax over the vocabulary in nietras/Llm.cs (SoftmaxForward over
// [B, T, V]) written with a C# rectangular three-dimensional array instead of pointers, as attention code over
// float[batch, heads, tokens] does.
// Layout: float[batch, heads, tokens], softmax over the last axis. Correct: max and sum per (b, h).
using System;

namespace HeldOut.Tensor3DLastAxis;

public static class HeadSoftmax
{
    public static void Forward(float[,,] scores)
    {
        int batch = scores.GetLength(0);
        int heads = scores.GetLength(1);
        int tokens = scores.GetLength(2);
        for (int b = 0; b < batch; b++)
        {
            for (int h = 0; h < heads; h++)
            {
                float max = float.NegativeInfinity;
                for (int t = 0; t < tokens; t++)
                {
                    max = MathF.Max(max, scores[b, h, t]);
                }

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
