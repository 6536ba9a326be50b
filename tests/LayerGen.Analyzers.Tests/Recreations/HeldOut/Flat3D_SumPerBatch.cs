// Variant (our own code) of nietras/Llm.cs's [B, T, V] flat softmax (SoftmaxForward, row at b * T * V + t * V) where
// the sum is reset once per batch entry instead of once per token, so the tokens of a sequence share a denominator.
// Layout: flat float[B * T * V], index (b * T + t) * V + v. Bug (LG0002): sum spans the T tokens of a sequence.
using System;

namespace HeldOut.Flat3DSumPerBatch;

public static class SequenceSoftmax
{
    public static void Forward(float[] logits, float[] probs, int batch, int tokens, int vocab)
    {
        for (int b = 0; b < batch; b++)
        {
            float sum = 0f;
            for (int t = 0; t < tokens; t++)
            {
                int row = (b * tokens + t) * vocab;
                float max = float.NegativeInfinity;
                for (int v = 0; v < vocab; v++)
                {
                    max = MathF.Max(max, logits[row + v]);
                }

                for (int v = 0; v < vocab; v++)
                {
                    probs[row + v] = MathF.Exp(logits[row + v] - max);
                    sum += probs[row + v]; //~ LG0002
                }
            }

            for (int t = 0; t < tokens; t++)
            {
                int row = (b * tokens + t) * vocab;
                for (int v = 0; v < vocab; v++)
                {
                    probs[row + v] /= sum;
                }
            }
        }
    }
}
