// known gap: a hand-written polynomial exp (Exp4: Round, polynomial, exponent bits << 23) is not known as an exp; only the tail's raw MathF.Exp is reported
// gap: -LG0003@43
// Idiom: hand-written Vector128 polynomial exp (2^n · p(r) with the exponent bits built from n), four samples per
// vector in a class-major buffer; per-lane sums over the classes; a scalar tail for the last samples.
// Use: small on-device classifier, activations stored [classes, batch].
// Layout: flat float[classes * batch], class-major (class c of sample b at c * batch + b).
// Bug (LG0003): the polynomial exp (and the scalar tail's MathF.Exp) get the raw logits, no max subtracted: above ~88
// the exponent bits overflow and the result is garbage or infinite.
// Our own code.
using System;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HeldOut72.PolyExp128_RawClassMajorLanes;

public static class ClassMajorPolyExp
{
    private static Vector128<float> Exp4(Vector128<float> t)
    {
        Vector128<float> n = Vector128.Round(t * Vector128.Create(1.44269504f));
        Vector128<float> r = t - n * Vector128.Create(0.693359375f) - n * Vector128.Create(-2.12194440e-4f);
        Vector128<float> p = Vector128.Create(1.9875691500e-4f);
        p = p * r + Vector128.Create(1.3981999507e-3f);
        p = p * r + Vector128.Create(8.3334519073e-3f);
        p = p * r + Vector128.Create(4.1665795894e-2f);
        p = p * r + Vector128.Create(1.6666665459e-1f);
        p = p * r + Vector128.Create(5.0000001201e-1f);
        p = p * r * r + r + Vector128<float>.One;
        Vector128<int> bits = (Vector128.ConvertToInt32(n) + Vector128.Create(127)) << 23;
        return Vector128.ConditionalSelect(Vector128.LessThan(t, Vector128.Create(-87f)), Vector128<float>.Zero, p * bits.AsSingle());
    }

    public static void Apply(float[] z, float[] a, int classes, int batch)
    {
        ref float z0 = ref MemoryMarshal.GetArrayDataReference(z);
        ref float a0 = ref MemoryMarshal.GetArrayDataReference(a);
        int b = 0;
        for (; b + 4 <= batch; b += 4)
        {
            Vector128<float> denom = Vector128<float>.Zero;
            for (int c = 0; c < classes; c++)
            {
                Vector128<float> e = Exp4(Vector128.LoadUnsafe(ref z0, (nuint)(c * batch + b))); //~ LG0003
                e.StoreUnsafe(ref a0, (nuint)(c * batch + b));
                denom += e;
            }

            for (int c = 0; c < classes; c++)
            {
                (Vector128.LoadUnsafe(ref a0, (nuint)(c * batch + b)) / denom).StoreUnsafe(ref a0, (nuint)(c * batch + b));
            }
        }

        for (; b < batch; b++)
        {
            float denom = 0f;
            for (int c = 0; c < classes; c++)
            {
                a[c * batch + b] = MathF.Exp(z[c * batch + b]); //~ LG0003
                denom += a[c * batch + b];
            }

            for (int c = 0; c < classes; c++)
            {
                a[c * batch + b] /= denom;
            }
        }
    }
}
