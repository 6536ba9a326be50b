// Idiom: ref locals walked with Unsafe.Add — `ref float head = ref x[o]`, then `Unsafe.Add(ref head, j)` for every
// class of the row (the bounds-check-free walk of hand-tuned C# kernels).
// Use: batch softmax of a classifier head. Layout: flat float[batch * classes], row-major; y may be a different buffer.
// Correct: each row's own max (held in a ref-walked fold), each row's own sum.
// Our own code.
using System;
using System.Runtime.CompilerServices;

namespace HeldOut76.RefLocal_UnsafeAddRows;

public static class RowKernel
{
    public static void Softmax(float[] x, float[] y, int batch, int classes)
    {
        for (int r = 0; r < batch; r++)
        {
            int o = r * classes;
            ref float head = ref x[o];
            ref float dst = ref y[o];

            float max = head;
            for (int j = 1; j < classes; j++)
            {
                max = MathF.Max(max, Unsafe.Add(ref head, j));
            }

            float sum = 0f;
            for (int j = 0; j < classes; j++)
            {
                float e = MathF.Exp(Unsafe.Add(ref head, j) - max);
                Unsafe.Add(ref dst, j) = e;
                sum += e;
            }

            float inv = 1f / sum;
            for (int j = 0; j < classes; j++)
            {
                Unsafe.Add(ref dst, j) *= inv;
            }
        }
    }
}
