// Idiom: attention weights from Vector128 dot products (lane products accumulated, Vector128.Sum, scalar tail), scaled
// by 1/sqrt(dim), exponentiated and normalised per query.
// Use: single-head attention over jagged query and key arrays.
// Layout: jagged float[nq][dim] queries, float[nk][dim] keys; result float[nq][nk].
// Bug (LG0003): MathF.Exp of the raw scaled dot products, no max subtracted: dot products are unbounded and overflow
// above ~88 (large activations give +inf and NaN weights).
// Our own code.
using System;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HeldOut72.DotScores128_RawJaggedAttention;

public static class DotAttention
{
    private static float Dot(float[] a, float[] b)
    {
        ref float a0 = ref MemoryMarshal.GetArrayDataReference(a);
        ref float b0 = ref MemoryMarshal.GetArrayDataReference(b);
        Vector128<float> acc = Vector128<float>.Zero;
        int i = 0;
        for (; i + 4 <= a.Length; i += 4)
        {
            acc += Vector128.LoadUnsafe(ref a0, (nuint)i) * Vector128.LoadUnsafe(ref b0, (nuint)i);
        }

        float dot = Vector128.Sum(acc);
        for (; i < a.Length; i++)
        {
            dot += a[i] * b[i];
        }

        return dot;
    }

    public static float[][] Weights(float[][] queries, float[][] keys)
    {
        float scale = 1f / MathF.Sqrt(queries[0].Length);
        var result = new float[queries.Length][];
        for (int q = 0; q < queries.Length; q++)
        {
            var w = new float[keys.Length];
            float z = 0f;
            for (int k = 0; k < keys.Length; k++)
            {
                w[k] = MathF.Exp(Dot(queries[q], keys[k]) * scale); //~ LG0003
                z += w[k];
            }

            for (int k = 0; k < keys.Length; k++)
            {
                w[k] /= z;
            }

            result[q] = w;
        }

        return result;
    }
}
