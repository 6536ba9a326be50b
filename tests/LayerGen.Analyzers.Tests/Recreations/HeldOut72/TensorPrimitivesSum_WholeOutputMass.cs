// Idiom: per-row shift and Vector256.Exp into the output (lane fold for the row max, scalar tail), then one
// TensorPrimitives.Sum and TensorPrimitives.Divide over the output buffer after the row loop.
// Use: batch scorer "normalised in one library call" at the end.
// Layout: flat float[batch * classes], row-major.
// Bug (LG0002): the max is per row, but the normaliser `TensorPrimitives.Sum(y)` is taken over every row of the
// output: each row sums to its share of the batch, not to 1.
// Our own code.
using System;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HeldOut72.TensorPrimitivesSum_WholeOutputMass;

public static class LibraryNormalised
{
    public static void Forward(float[] x, float[] y, int batch, int classes)
    {
        ref float x0 = ref MemoryMarshal.GetArrayDataReference(x);
        ref float y0 = ref MemoryMarshal.GetArrayDataReference(y);
        for (int b = 0; b < batch; b++)
        {
            nuint o = (nuint)(b * classes);
            var top = Vector256.Create(float.NegativeInfinity);
            int c = 0;
            for (; c + 8 <= classes; c += 8)
            {
                top = Vector256.Max(top, Vector256.LoadUnsafe(ref x0, o + (nuint)c));
            }

            float m = float.NegativeInfinity;
            for (int l = 0; l < 8; l++)
            {
                m = MathF.Max(m, top[l]);
            }

            for (int t = c; t < classes; t++)
            {
                m = MathF.Max(m, x[b * classes + t]);
            }

            for (c = 0; c + 8 <= classes; c += 8)
            {
                Vector256.Exp(Vector256.LoadUnsafe(ref x0, o + (nuint)c) - Vector256.Create(m)).StoreUnsafe(ref y0, o + (nuint)c);
            }

            for (; c < classes; c++)
            {
                y[b * classes + c] = MathF.Exp(x[b * classes + c] - m);
            }
        }

        float mass = TensorPrimitives.Sum(y); //~ LG0002
        TensorPrimitives.Divide(y, mass, y);
    }
}
