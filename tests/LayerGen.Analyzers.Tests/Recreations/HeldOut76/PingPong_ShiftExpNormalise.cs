// Idiom: ping-pong buffers swapped between passes with a tuple swap `(src, dst) = (dst, src)`; pass 1 shifts by the
// row max, pass 2 exponentiates, pass 3 normalises, each pass reading what the previous one wrote.
// Use: a layer pipeline that reuses two scratch buffers. Layout: flat float[batch * classes], row-major.
// Correct: the shift is each row's max (stored per row in `rowMax`), the sum is per row.
// Our own code.
using System;

namespace HeldOut76.PingPong_ShiftExpNormalise;

public static class PingPong
{
    public static float[] Softmax(float[] logits, int classes)
    {
        int batch = logits.Length / classes;
        float[] src = (float[])logits.Clone();
        float[] dst = new float[logits.Length];
        var rowMax = new float[batch];

        for (int r = 0; r < batch; r++)
        {
            float m = float.NegativeInfinity;
            for (int c = 0; c < classes; c++)
            {
                m = MathF.Max(m, src[r * classes + c]);
            }

            rowMax[r] = m;
            for (int c = 0; c < classes; c++)
            {
                dst[r * classes + c] = src[r * classes + c] - m;
            }
        }

        (src, dst) = (dst, src);
        for (int i = 0; i < src.Length; i++)
        {
            dst[i] = MathF.Exp(src[i]);
        }

        (src, dst) = (dst, src);
        for (int r = 0; r < batch; r++)
        {
            float sum = 0f;
            for (int c = 0; c < classes; c++)
            {
                sum += src[r * classes + c];
            }

            for (int c = 0; c < classes; c++)
            {
                dst[r * classes + c] = src[r * classes + c] / sum;
            }
        }

        return dst;
    }
}
