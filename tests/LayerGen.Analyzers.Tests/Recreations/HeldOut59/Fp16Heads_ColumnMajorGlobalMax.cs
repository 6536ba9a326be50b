// HeldOut59 — Fp16Heads_ColumnMajorGlobalMax. Idiom: an fp16 classifier head exported channels-first, so the logits are
// `Half[classes, batch]` and each sample's softmax runs down a column; the shift is the maximum over every cell
// (nested loops with `MathF.Max`), the sums are per column. Use: batched classification from a half-precision export.
// Layout: transposed Half[classes, batch] in, float[classes, batch] out.
// Bug: LG0001 (the maximum spans every sample, not the column being normalised).
using System;

namespace HeldOut59.Fp16Heads_ColumnMajorGlobalMax;

public static class ChannelsFirstHead
{
    public static float[,] Softmax(Half[,] logits)
    {
        int classes = logits.GetLength(0);
        int batch = logits.GetLength(1);
        float top = float.NegativeInfinity;
        for (int k = 0; k < classes; k++)
        {
            for (int n = 0; n < batch; n++)
            {
                top = MathF.Max(top, (float)logits[k, n]); //~ LG0001
            }
        }

        var probs = new float[classes, batch];
        for (int n = 0; n < batch; n++)
        {
            float sum = 0f;
            for (int k = 0; k < classes; k++)
            {
                probs[k, n] = MathF.Exp((float)logits[k, n] - top);
                sum += probs[k, n];
            }

            for (int k = 0; k < classes; k++)
            {
                probs[k, n] /= sum;
            }
        }

        return probs;
    }
}
