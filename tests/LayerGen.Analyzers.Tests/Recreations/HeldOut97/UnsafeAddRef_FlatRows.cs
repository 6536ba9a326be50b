// Idiom: ref locals from MemoryMarshal.GetArrayDataReference, Unsafe.Add to step to a row and to an element
// (bounds-check-free loops, as in hand-tuned BCL-style code).
// Use: token classification head in a small transformer runtime.
// Layout: flat float[batch * classes], row-major; softmax over each row; float.Exp.
// Correct.
// Our own code.
#nullable enable
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace HeldOut97.UnsafeAddRef_FlatRows;

public static class TokenHead
{
    public static void Softmax(float[] x, float[] y, int batch, int classes)
    {
        ref float x0 = ref MemoryMarshal.GetArrayDataReference(x);
        ref float y0 = ref MemoryMarshal.GetArrayDataReference(y);

        for (int r = 0; r < batch; r++)
        {
            ref float src = ref Unsafe.Add(ref x0, r * classes);
            ref float dst = ref Unsafe.Add(ref y0, r * classes);

            float max = src;
            for (int j = 1; j < classes; j++)
                max = MathF.Max(max, Unsafe.Add(ref src, j));

            float sum = 0f;
            for (int j = 0; j < classes; j++)
            {
                float e = float.Exp(Unsafe.Add(ref src, j) - max);
                Unsafe.Add(ref dst, j) = e;
                sum += e;
            }

            for (int j = 0; j < classes; j++)
                Unsafe.Add(ref dst, j) /= sum;
        }
    }
}
