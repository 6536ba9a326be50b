// unsafe
// Variant of Llm.SoftmaxForward in nietras/Llm.cs, src/Llm/Llm.cs, as a "hoist the invariant" refactoring
// might leave it: the max is taken once over the whole [batch * tokens * vocab] buffer before the (b, t)
// loops, while sum and scale stay per row. Layout: raw float pointers, row pointer per (b, t).
// Bug: a row far below the buffer's max underflows to 0/0 = NaN.
using System;

namespace Recreations.LlmCsPointerWholeBufferMax;

public static unsafe class HoistedTokenSoftmax
{
    public static void Forward(float* logits, int batch, int tokens, int vocab, float* probabilities)
    {
        float max = float.MinValue;
        int length = batch * tokens * vocab;
        for (int k = 0; k < length; k++)
        {
            max = MathF.Max(max, logits[k]); //~ LG0001
        }

        for (int b = 0; b < batch; b++)
        {
            for (int t = 0; t < tokens; t++)
            {
                float* logitsRow = logits + (b * tokens + t) * vocab;
                float* probsRow = probabilities + (b * tokens + t) * vocab;
                float sum = 0f;
                for (int v = 0; v < vocab; v++)
                {
                    probsRow[v] = MathF.Exp(logitsRow[v] - max);
                    sum += probsRow[v];
                }

                for (int v = 0; v < vocab; v++)
                {
                    probsRow[v] /= sum;
                }
            }
        }
    }
}
