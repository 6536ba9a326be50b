// HeldOut59 — PerChannelUint8_StackallocRow. Idiom: uint8 logits with per-channel (per-class) quantisation — a scale
// and a zero point per class — dequantised row by row into a `stackalloc` float scratch span, then max, exp, sum and
// divide on that span. Use: a sensor classifier's batched uint8 output.
// Layout: byte[batch, classes] row-major, float[] scales and int[] zeroPoints per class; float[batch, classes] out.
// Correct.
using System;

namespace HeldOut59.PerChannelUint8_StackallocRow;

public static class PerChannelSoftmax
{
    public static void Run(byte[,] q, float[] scales, int[] zeroPoints, float[,] probs)
    {
        int batch = q.GetLength(0);
        int classes = q.GetLength(1);
        Span<float> x = stackalloc float[classes];
        for (int b = 0; b < batch; b++)
        {
            float max = float.NegativeInfinity;
            for (int k = 0; k < classes; k++)
            {
                x[k] = (q[b, k] - zeroPoints[k]) * scales[k];
                if (x[k] > max) max = x[k];
            }

            float sum = 0f;
            for (int k = 0; k < classes; k++)
            {
                x[k] = MathF.Exp(x[k] - max);
                sum += x[k];
            }

            for (int k = 0; k < classes; k++)
            {
                probs[b, k] = x[k] / sum;
            }
        }
    }
}
