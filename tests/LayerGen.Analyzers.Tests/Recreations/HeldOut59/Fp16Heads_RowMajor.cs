// HeldOut59 — Fp16Heads_RowMajor. Idiom: an fp16 model's classifier head — `Half` logits converted to float with a cast,
// per-row `if` maximum, `MathF.Exp`, probabilities in float. Use: batched image classification from a half-precision
// model export. Layout: Half[batch, classes] row-major in, float[batch, classes] out.
// Correct.
using System;

namespace HeldOut59.Fp16Heads_RowMajor;

public static class HalfHead
{
    public static float[,] Softmax(Half[,] logits)
    {
        int batch = logits.GetLength(0);
        int classes = logits.GetLength(1);
        var probs = new float[batch, classes];
        for (int b = 0; b < batch; b++)
        {
            float max = (float)logits[b, 0];
            for (int k = 1; k < classes; k++)
            {
                float v = (float)logits[b, k];
                if (v > max) max = v;
            }

            float sum = 0f;
            for (int k = 0; k < classes; k++)
            {
                float e = MathF.Exp((float)logits[b, k] - max);
                probs[b, k] = e;
                sum += e;
            }

            float inv = 1f / sum;
            for (int k = 0; k < classes; k++)
            {
                probs[b, k] *= inv;
            }
        }

        return probs;
    }
}
