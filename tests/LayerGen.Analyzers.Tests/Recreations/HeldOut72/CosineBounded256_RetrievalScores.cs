// Idiom: retrieval softmax over cosine similarities: TensorPrimitives.CosineSimilarity per (query, key), scaled by a
// fixed inverse temperature of 20, then Vector256.Exp without any max subtraction, Vector256.Sum, scalar tail.
// Use: contrastive retrieval head (one distribution over the keys per query).
// Layout: queries flat float[nq * dim], keys flat float[nk * dim]; output flat float[nq * nk], row-major by query.
// Correct: a cosine lies in [-1, 1], so every exp argument lies in [-20, 20]; exp(20) ≈ 4.9e8 cannot overflow a
// float and exp(-20) cannot make the sum vanish — the un-shifted exp is provably safe here.
// Our own code.
using System;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HeldOut72.CosineBounded256_RetrievalScores;

public static class Retrieval
{
    private const float InverseTemperature = 20f;

    public static void Weights(float[] queries, float[] keys, float[] weights, int dim)
    {
        int nq = queries.Length / dim;
        int nk = keys.Length / dim;
        for (int q = 0; q < nq; q++)
        {
            ReadOnlySpan<float> query = queries.AsSpan(q * dim, dim);
            Span<float> row = weights.AsSpan(q * nk, nk);
            for (int k = 0; k < nk; k++)
            {
                row[k] = InverseTemperature * TensorPrimitives.CosineSimilarity(query, keys.AsSpan(k * dim, dim));
            }

            ref float r0 = ref MemoryMarshal.GetReference(row);
            Vector256<float> acc = Vector256<float>.Zero;
            int j = 0;
            for (; j + Vector256<float>.Count <= nk; j += Vector256<float>.Count)
            {
                Vector256<float> e = Vector256.Exp(Vector256.LoadUnsafe(ref r0, (nuint)j));
                e.StoreUnsafe(ref r0, (nuint)j);
                acc += e;
            }

            float sum = Vector256.Sum(acc);
            for (; j < nk; j++)
            {
                row[j] = MathF.Exp(row[j]);
                sum += row[j];
            }

            TensorPrimitives.Divide(row, sum, row);
        }
    }
}
