// Idiom: a `delegate*<float, float>` function pointer to `MathF.Exp` called on the raw logits.
// Use: in-place style kernel writing probabilities of a flat batch into an output buffer.
// Layout: flat float[batch * classes], row-major, row offset `o` stepping by `classes`.
// Bug (LG0003): no max is subtracted before the pointer exp; above ~88 the exp overflows to ∞ and ∞/∞ = NaN.
// Our own code.
using System;

#nullable enable

namespace HeldOut82.FunctionPointer_RawFlatFloat;

public static unsafe class FlatKernels
{
    public static void Softmax(float[] x, float[] y, int classes)
    {
        delegate*<float, float> e = &MathF.Exp;
        for (int o = 0; o < x.Length; o += classes)
        {
            float z = 0f;
            for (int j = 0; j < classes; j++)
            {
                y[o + j] = e(x[o + j]); //~ LG0003
                z += y[o + j];
            }

            float inv = 1f / z;
            for (int j = 0; j < classes; j++) y[o + j] *= inv;
        }
    }
}
