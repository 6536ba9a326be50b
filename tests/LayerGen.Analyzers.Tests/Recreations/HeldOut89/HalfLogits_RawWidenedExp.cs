// Idiom: half-precision logits (`ReadOnlySpan<Half>`, as copied out of a GPU/native fp16 buffer) widened to float on
// read.
// Use: per-sample softmax over fp16 logits of a flat [batch, classes] buffer, results in float.
// Layout: flat ReadOnlySpan<Half>, row-major, sample at offset `o = b * classes`.
// Bug (LG0003): the widened logit `(float)x[o + k]` goes into MathF.Exp with no max subtracted; fp16 holds values up to
// 65504, far past float exp's overflow at ~88.
// Our own code.
using System;

namespace HeldOut89.HalfLogits_RawWidenedExp;

public static class HalfSoftmax
{
    public static float[] Softmax(ReadOnlySpan<Half> x, int classes)
    {
        var y = new float[x.Length];
        for (int o = 0; o < x.Length; o += classes)
        {
            float norm = 0f;
            for (int k = 0; k < classes; k++)
            {
                float e = MathF.Exp((float)x[o + k]); //~ LG0003
                y[o + k] = e;
                norm += e;
            }

            for (int k = 0; k < classes; k++)
            {
                y[o + k] /= norm;
            }
        }

        return y;
    }
}
