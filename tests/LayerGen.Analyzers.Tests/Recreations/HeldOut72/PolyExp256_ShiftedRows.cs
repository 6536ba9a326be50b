// Idiom: hand-written Vector256 polynomial exp (Cephes-style 2^n · p(r) range reduction, n built into the exponent
// bits) applied to max-shifted logits; the row max from Vector256 lanes merged with GetLower/GetUpper; scalar tail.
// Use: inference kernel that avoids the library exp.
// Layout: flat float[rows * classes], row-major.
// Correct: every argument of ExpNonPositive is x - rowMax <= 0; arguments below -87 give 0 (underflow, not a clamp).
// Our own code.
using System;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HeldOut72.PolyExp256_ShiftedRows;

public static class PolyExpSoftmax
{
    private static Vector256<float> ExpNonPositive(Vector256<float> t)
    {
        Vector256<float> n = Vector256.Round(t * Vector256.Create(1.44269504f));
        Vector256<float> r = t - n * Vector256.Create(0.693359375f) - n * Vector256.Create(-2.12194440e-4f);
        Vector256<float> p = Vector256.Create(1.9875691500e-4f);
        p = p * r + Vector256.Create(1.3981999507e-3f);
        p = p * r + Vector256.Create(8.3334519073e-3f);
        p = p * r + Vector256.Create(4.1665795894e-2f);
        p = p * r + Vector256.Create(1.6666665459e-1f);
        p = p * r + Vector256.Create(5.0000001201e-1f);
        p = p * r * r + r + Vector256<float>.One;
        Vector256<int> bits = (Vector256.ConvertToInt32(n) + Vector256.Create(127)) << 23;
        Vector256<float> value = p * bits.AsSingle();
        return Vector256.ConditionalSelect(Vector256.LessThan(t, Vector256.Create(-87f)), Vector256<float>.Zero, value);
    }

    public static void Run(float[] x, float[] y, int rows, int classes)
    {
        const int W = 8;
        for (int r = 0; r < rows; r++)
        {
            int o = r * classes;
            ref float xr = ref MemoryMarshal.GetArrayDataReference(x);
            ref float yr = ref MemoryMarshal.GetArrayDataReference(y);

            Vector256<float> m8 = Vector256.Create(float.NegativeInfinity);
            int c = 0;
            for (; c + W <= classes; c += W)
            {
                m8 = Vector256.Max(m8, Vector256.LoadUnsafe(ref xr, (nuint)(o + c)));
            }

            Vector128<float> m4 = Vector128.Max(m8.GetLower(), m8.GetUpper());
            float rowMax = MathF.Max(MathF.Max(m4.GetElement(0), m4.GetElement(1)), MathF.Max(m4.GetElement(2), m4.GetElement(3)));
            for (int t = c; t < classes; t++)
            {
                rowMax = MathF.Max(rowMax, x[o + t]);
            }

            Vector256<float> shift = Vector256.Create(rowMax);
            Vector256<float> s8 = Vector256<float>.Zero;
            c = 0;
            for (; c + W <= classes; c += W)
            {
                Vector256<float> e = ExpNonPositive(Vector256.LoadUnsafe(ref xr, (nuint)(o + c)) - shift);
                e.StoreUnsafe(ref yr, (nuint)(o + c));
                s8 += e;
            }

            float sum = Vector256.Sum(s8);
            for (; c < classes; c++)
            {
                y[o + c] = MathF.Exp(x[o + c] - rowMax);
                sum += y[o + c];
            }

            float inv = 1f / sum;
            for (c = 0; c < classes; c++)
            {
                y[o + c] *= inv;
            }
        }
    }
}
