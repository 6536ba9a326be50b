// Idiom: Vector512 blocks with an overlapped, masked last block (the final 16 values reloaded; for the sum only the
// lanes not yet counted are kept, by a mask built from Vector512<int>.Indices); scalar path for short rows.
// Use: vocabulary softmax on AVX-512 hardware (runs in software elsewhere).
// Layout: flat float[batch * classes], row-major.
// Correct: the overlap repeats values only in the max (idempotent); the sum masks the repeated lanes out.
// Our own code.
using System;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HeldOut72.MaskedTail512_FlatRows;

public static class Avx512Rows
{
    public static void Softmax(float[] input, float[] output, int batch, int classes)
    {
        int w = Vector512<float>.Count;
        for (int row = 0; row < batch; row++)
        {
            ReadOnlySpan<float> src = input.AsSpan(row * classes, classes);
            Span<float> dst = output.AsSpan(row * classes, classes);
            float max;
            float sum;
            if (classes < w)
            {
                max = float.NegativeInfinity;
                foreach (float v in src)
                {
                    max = MathF.Max(max, v);
                }

                sum = 0f;
                for (int i = 0; i < classes; i++)
                {
                    dst[i] = MathF.Exp(src[i] - max);
                    sum += dst[i];
                }
            }
            else
            {
                ref float s0 = ref MemoryMarshal.GetReference(src);
                ref float d0 = ref MemoryMarshal.GetReference(dst);
                int last = classes - w;
                Vector512<float> vmax = Vector512.LoadUnsafe(ref s0, (nuint)last);
                for (int i = 0; i < last; i += w)
                {
                    vmax = Vector512.Max(vmax, Vector512.LoadUnsafe(ref s0, (nuint)i));
                }

                max = float.NegativeInfinity;
                for (int l = 0; l < w; l++)
                {
                    max = MathF.Max(max, vmax[l]);
                }

                Vector512<float> shift = Vector512.Create(max);
                Vector512<float> vsum = Vector512<float>.Zero;
                int done = 0;
                for (; done + w <= classes; done += w)
                {
                    Vector512<float> e = Vector512.Exp(Vector512.LoadUnsafe(ref s0, (nuint)done) - shift);
                    e.StoreUnsafe(ref d0, (nuint)done);
                    vsum += e;
                }

                int rest = classes - done;
                if (rest > 0)
                {
                    Vector512<float> e = Vector512.Exp(Vector512.LoadUnsafe(ref s0, (nuint)last) - shift);
                    e.StoreUnsafe(ref d0, (nuint)last);
                    Vector512<int> fresh = Vector512.GreaterThanOrEqual(Vector512<int>.Indices, Vector512.Create(w - rest));
                    vsum += e & fresh.AsSingle();
                }

                sum = Vector512.Sum(vsum);
            }

            TensorPrimitives.Multiply(dst, 1f / sum, dst);
        }
    }
}
