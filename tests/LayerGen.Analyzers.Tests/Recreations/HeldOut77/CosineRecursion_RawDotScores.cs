// Idiom: a recursive span dot product (Dot(a[..h], b[..h]) + Dot(a[h..], b[h..])) scoring queries against keys.
// Use: dot-product attention weights, one softmax per query over the keys.
// Layout: flat float[nq * dim] queries and float[nk * dim] keys, row-major; output flat float[nq * nk].
// Bug (LG0003): the raw dot product, unbounded, is exponentiated with no max subtracted; large activations
// overflow MathF.Exp to ∞ and the weights to NaN.
// Our own code.
#nullable enable
using System;

namespace HeldOut77.CosineRecursion_RawDotScores;

public static class RawAttention
{
    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length == 1)
        {
            return a[0] * b[0];
        }

        int h = a.Length / 2;
        return Dot(a[..h], b[..h]) + Dot(a[h..], b[h..]);
    }

    public static float[] Weights(float[] q, float[] k, int dim)
    {
        int nq = q.Length / dim;
        int nk = k.Length / dim;
        var w = new float[nq * nk];
        for (int i = 0; i < nq; i++)
        {
            float norm = 0f;
            for (int j = 0; j < nk; j++)
            {
                w[(i * nk) + j] = MathF.Exp(Dot(q.AsSpan(i * dim, dim), k.AsSpan(j * dim, dim))); //~ LG0003
                norm += w[(i * nk) + j];
            }

            for (int j = 0; j < nk; j++)
            {
                w[(i * nk) + j] /= norm;
            }
        }

        return w;
    }
}
