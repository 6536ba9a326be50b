// HeldOut59 — BatchedInt8_FlatColumnPeaks. Idiom: int8 logits of a batch in a flat buffer with a row stride; the author
// keeps a `colMax[k]` per class over the whole batch (the way per-channel calibration ranges are collected), then
// exponentiates each row against those class peaks and normalises each row by its own sum.
// Use: batched int8 classifier output on a host-side tool.
// Layout: flat sbyte[] [batch * classes], offset b * classes; float[] out, same layout.
// Bug: LG0004 (the maximum runs over the batch per class, the sum over the classes per row).
using System;

namespace HeldOut59.BatchedInt8_FlatColumnPeaks;

public static class ColumnPeakSoftmax
{
    public static float[] Run(sbyte[] q, int batch, int classes, float scale, int zeroPoint)
    {
        var colMax = new float[classes];
        Array.Fill(colMax, float.NegativeInfinity);
        for (int b = 0; b < batch; b++)
        {
            for (int k = 0; k < classes; k++)
            {
                float x = (q[b * classes + k] - zeroPoint) * scale;
                colMax[k] = MathF.Max(colMax[k], x); //~ LG0004
            }
        }

        var probs = new float[batch * classes];
        for (int b = 0; b < batch; b++)
        {
            int o = b * classes;
            float sum = 0f;
            for (int k = 0; k < classes; k++)
            {
                probs[o + k] = MathF.Exp((q[o + k] - zeroPoint) * scale - colMax[k]);
                sum += probs[o + k];
            }

            for (int k = 0; k < classes; k++)
            {
                probs[o + k] /= sum;
            }
        }

        return probs;
    }
}
