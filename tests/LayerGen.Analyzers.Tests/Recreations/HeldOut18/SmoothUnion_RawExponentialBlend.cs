// Source: exponential smooth minimum for signed-distance fields (Inigo Quilez "smooth minimum", N-ary form
// res = sum_i exp(-k d_i), smin = -log(res) / k, blend weights exp(-k d_i) / res), as written in shader ports.
// Layout: one `ReadOnlySpan<float>` row of distances per sample point, a helper per point, the batch walked with a
// two-variable `for (p, o += primitives)` loop and `AsSpan(o, primitives)` views.
// Bug (LG0003): exp(-k d) is taken as is: a point deep inside a primitive (d very negative) overflows float exp to
// infinity (inf/inf weights), and a point far from every primitive underflows to 0/0.
using System;

namespace HeldOut18.SmoothUnion_RawExponentialBlend;

public static class SmoothUnion
{
    public static void Blend(float[] distances, int primitives, float k, float[] weights, float[] smoothDistance)
    {
        for (int p = 0, o = 0; o < distances.Length; p++, o += primitives)
        {
            smoothDistance[p] = SmoothMin(distances.AsSpan(o, primitives), k, weights.AsSpan(o, primitives));
        }
    }

    private static float SmoothMin(ReadOnlySpan<float> row, float k, Span<float> weights)
    {
        float res = 0f;
        for (int i = 0; i < row.Length; i++)
        {
            float e = MathF.Exp(-k * row[i]); //~ LG0003
            weights[i] = e;
            res += e;
        }

        for (int i = 0; i < row.Length; i++)
        {
            weights[i] /= res;
        }

        return -MathF.Log(res) / k;
    }
}
