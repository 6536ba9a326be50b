// Idiom: attention over order-book levels computed inline: each snapshot's query vector is dotted with every level's
// key, scaled by 1/sqrt(d), exponentiated and normalised over the snapshot's levels (own code).
// Layout: BookLevel record structs in a BookLevel[snapshots][levels] jagged array, queries float[snapshots][d];
// result float[snapshots, levels].
// Label: LG0003 — MathF.Exp of the raw scaled dot product with no max subtracted: overflow (Inf/Inf = NaN) above ~88.
using System;

namespace HeldOut49.OrderBookAttention_RawDotProducts;

public readonly record struct BookLevel(float Price, float Size, float[] Key);

public static class BookAttention
{
    public static float[,] Attend(BookLevel[][] book, float[][] query)
    {
        int snapshots = book.Length;
        int levels = book[0].Length;
        var w = new float[snapshots, levels];
        for (int n = 0; n < snapshots; n++)
        {
            float[] q = query[n];
            float scale = 1f / MathF.Sqrt(q.Length);
            float denom = 0f;
            for (int l = 0; l < levels; l++)
            {
                float[] key = book[n][l].Key;
                float dot = 0f;
                for (int j = 0; j < q.Length; j++)
                {
                    dot += q[j] * key[j];
                }

                w[n, l] = MathF.Exp(dot * scale); //~ LG0003
                denom += w[n, l];
            }

            for (int l = 0; l < levels; l++)
            {
                w[n, l] /= denom;
            }
        }

        return w;
    }
}
