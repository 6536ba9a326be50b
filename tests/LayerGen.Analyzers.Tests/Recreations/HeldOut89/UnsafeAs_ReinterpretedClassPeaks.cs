// Idiom: `Unsafe.As<byte, float>` over `MemoryMarshal.GetArrayDataReference(Array)` to walk a float[,] as flat memory.
// Use: softmax over the classes of each sample of a [batch, classes] rectangular array.
// Layout: float[batch, classes] walked as flat row-major memory (b * classes + c) by `Unsafe.Add`.
// Bug (LG0004): `classPeak[c]` is the max of class c over the whole batch (a column), the sum runs over each sample's
// classes (a row).
// Our own code.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace HeldOut89.UnsafeAs_ReinterpretedClassPeaks;

public static class FlatViewSoftmax
{
    public static float[,] Softmax(float[,] x)
    {
        int batch = x.GetLength(0);
        int classes = x.GetLength(1);
        var y = new float[batch, classes];
        ref float src = ref Unsafe.As<byte, float>(ref MemoryMarshal.GetArrayDataReference(x));
        ref float dst = ref Unsafe.As<byte, float>(ref MemoryMarshal.GetArrayDataReference(y));

        var classPeak = new float[classes];
        for (int c = 0; c < classes; c++)
        {
            float m = float.NegativeInfinity;
            for (int b = 0; b < batch; b++)
            {
                m = MathF.Max(m, Unsafe.Add(ref src, b * classes + c)); //~ LG0004
            }

            classPeak[c] = m;
        }

        for (int b = 0; b < batch; b++)
        {
            float s = 0f;
            for (int c = 0; c < classes; c++)
            {
                float e = MathF.Exp(Unsafe.Add(ref src, b * classes + c) - classPeak[c]);
                Unsafe.Add(ref dst, b * classes + c) = e;
                s += e;
            }

            for (int c = 0; c < classes; c++)
            {
                Unsafe.Add(ref dst, b * classes + c) /= s;
            }
        }

        return y;
    }
}
