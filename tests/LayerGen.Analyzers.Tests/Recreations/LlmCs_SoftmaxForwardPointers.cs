// unsafe
// Re-creation (our own code) of Llm.SoftmaxForward in nietras/Llm.cs, src/Llm/Llm.cs (C# port of llm.c).
// Layout: [batch, tokens, vocab] float buffer behind raw pointers; one row pointer per (b, t) at
// b * tokens * vocab + t * vocab. Correct: max, sum and the 1/sum scale are per (b, t) row.
using System;

namespace Recreations.LlmCsSoftmaxForwardPointers;

public static unsafe class TokenSoftmax
{
    public static void Forward(float* logits, int batch, int tokens, int vocab, float* probabilities)
    {
        for (int b = 0; b < batch; b++)
        {
            for (int t = 0; t < tokens; t++)
            {
                float* logitsRow = logits + b * tokens * vocab + t * vocab;
                float* probsRow = probabilities + b * tokens * vocab + t * vocab;

                float max = float.MinValue;
                for (int v = 0; v < vocab; v++)
                {
                    max = MathF.Max(max, logitsRow[v]);
                }

                float sum = 0f;
                for (int v = 0; v < vocab; v++)
                {
                    probsRow[v] = MathF.Exp(logitsRow[v] - max);
                    sum += probsRow[v];
                }

                float scale = 1f / sum;
                for (int v = 0; v < vocab; v++)
                {
                    probsRow[v] *= scale;
                }
            }
        }
    }
}
