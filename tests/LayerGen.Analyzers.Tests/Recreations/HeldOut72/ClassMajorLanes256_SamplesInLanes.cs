// Idiom: SIMD across the batch: in a class-major buffer eight samples sit side by side, so a Vector256 max folded
// over the classes is eight per-sample maxima at once; same for the exps and sums; scalar loop for the last samples.
// Use: output layer of a network that keeps activations as Z = W·X ([classes, batch]).
// Layout: flat float[classes * batch], class-major (class c of sample b at c * batch + b).
// Correct: each lane is one sample; the max and the sum run over the classes of that sample only.
// Our own code.
using System;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HeldOut72.ClassMajorLanes256_SamplesInLanes;

public static class ColumnSoftmax
{
    public static void Activate(float[] z, float[] a, int classes, int batch)
    {
        ref float z0 = ref MemoryMarshal.GetArrayDataReference(z);
        ref float a0 = ref MemoryMarshal.GetArrayDataReference(a);
        int b = 0;
        for (; b + Vector256<float>.Count <= batch; b += Vector256<float>.Count)
        {
            Vector256<float> peak = Vector256.LoadUnsafe(ref z0, (nuint)b);
            for (int c = 1; c < classes; c++)
            {
                peak = Vector256.Max(peak, Vector256.LoadUnsafe(ref z0, (nuint)(c * batch + b)));
            }

            Vector256<float> mass = Vector256<float>.Zero;
            for (int c = 0; c < classes; c++)
            {
                Vector256<float> e = Vector256.Exp(Vector256.LoadUnsafe(ref z0, (nuint)(c * batch + b)) - peak);
                e.StoreUnsafe(ref a0, (nuint)(c * batch + b));
                mass += e;
            }

            for (int c = 0; c < classes; c++)
            {
                (Vector256.LoadUnsafe(ref a0, (nuint)(c * batch + b)) / mass).StoreUnsafe(ref a0, (nuint)(c * batch + b));
            }
        }

        for (; b < batch; b++)
        {
            float peak = z[b];
            for (int c = 1; c < classes; c++)
            {
                if (z[c * batch + b] > peak)
                {
                    peak = z[c * batch + b];
                }
            }

            float mass = 0f;
            for (int c = 0; c < classes; c++)
            {
                a[c * batch + b] = MathF.Exp(z[c * batch + b] - peak);
                mass += a[c * batch + b];
            }

            for (int c = 0; c < classes; c++)
            {
                a[c * batch + b] /= mass;
            }
        }
    }
}
