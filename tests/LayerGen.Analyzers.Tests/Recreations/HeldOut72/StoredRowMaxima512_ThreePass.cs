// Idiom: three passes over the batch with per-row statistics kept in arrays: maxima[r] from a Vector512 lane fold
// reduced by GetLower/GetUpper down to Vector128 and a lane loop; sums[r] from Vector512.Exp and Vector512.Sum;
// then a Vector512 scaling pass by 1 / sums[r]. Scalar tails throughout.
// Use: batched softmax split into statistics and apply passes (as a GPU-style kernel port).
// Layout: flat float[batch * classes], row-major; maxima and sums float[batch].
// Correct: maxima[r] and sums[r] each cover row r only.
// Our own code.
using System;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HeldOut72.StoredRowMaxima512_ThreePass;

public static class ThreePass
{
    public static void Softmax(float[] x, float[] y, int batch, int classes)
    {
        const int W = 16;
        ref float x0 = ref MemoryMarshal.GetArrayDataReference(x);
        ref float y0 = ref MemoryMarshal.GetArrayDataReference(y);
        var maxima = new float[batch];
        var sums = new float[batch];

        for (int r = 0; r < batch; r++)
        {
            Vector512<float> v = Vector512.Create(float.NegativeInfinity);
            int c = 0;
            for (; c + W <= classes; c += W)
            {
                v = Vector512.Max(v, Vector512.LoadUnsafe(ref x0, (nuint)(r * classes + c)));
            }

            Vector256<float> v8 = Vector256.Max(v.GetLower(), v.GetUpper());
            Vector128<float> v4 = Vector128.Max(v8.GetLower(), v8.GetUpper());
            float m = v4.GetElement(0);
            for (int l = 1; l < 4; l++)
            {
                m = MathF.Max(m, v4.GetElement(l));
            }

            for (; c < classes; c++)
            {
                m = MathF.Max(m, x[r * classes + c]);
            }

            maxima[r] = m;
        }

        for (int r = 0; r < batch; r++)
        {
            Vector512<float> shift = Vector512.Create(maxima[r]);
            Vector512<float> s = Vector512<float>.Zero;
            int c = 0;
            for (; c + W <= classes; c += W)
            {
                Vector512<float> e = Vector512.Exp(Vector512.LoadUnsafe(ref x0, (nuint)(r * classes + c)) - shift);
                e.StoreUnsafe(ref y0, (nuint)(r * classes + c));
                s += e;
            }

            float total = Vector512.Sum(s);
            for (; c < classes; c++)
            {
                y[r * classes + c] = MathF.Exp(x[r * classes + c] - maxima[r]);
                total += y[r * classes + c];
            }

            sums[r] = total;
        }

        for (int r = 0; r < batch; r++)
        {
            Vector512<float> inv = Vector512.Create(1f / sums[r]);
            int c = 0;
            for (; c + W <= classes; c += W)
            {
                (Vector512.LoadUnsafe(ref y0, (nuint)(r * classes + c)) * inv).StoreUnsafe(ref y0, (nuint)(r * classes + c));
            }

            for (; c < classes; c++)
            {
                y[r * classes + c] /= sums[r];
            }
        }
    }
}
