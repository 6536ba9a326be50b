// Idiom: soft nearest neighbour (NCA-style stochastic neighbour weights) of each query point over the reference
// points: w[q, r] = exp((d2min - d2[r]) / T) / Z, shifted by the query's own nearest distance.
// Layout: queries and references as ReadOnlySpan<float> xyz triples (Slice(3 * i, 3)), weights out Span<float>
// [queries * refs] sliced per query; a scratch distance span (stackalloc when small).
// Inspired by: soft nearest-neighbour / NCA loss ports (read for style only; own code).
// Correct.
using System;

namespace HeldOut61.SoftNearestNeighbour_SpanPerQuery;

public static class SoftNeighbours
{
    public static void Weights(ReadOnlySpan<float> queries, ReadOnlySpan<float> refs, float temperature, Span<float> weights)
    {
        int nq = queries.Length / 3, nr = refs.Length / 3;
        Span<float> d2 = nr <= 256 ? stackalloc float[nr] : new float[nr];
        for (int q = 0; q < nq; q++)
        {
            ReadOnlySpan<float> p = queries.Slice(3 * q, 3);
            Span<float> row = weights.Slice(q * nr, nr);
            float nearest = float.PositiveInfinity;
            for (int r = 0; r < nr; r++)
            {
                ReadOnlySpan<float> t = refs.Slice(3 * r, 3);
                float dx = p[0] - t[0], dy = p[1] - t[1], dz = p[2] - t[2];
                d2[r] = dx * dx + dy * dy + dz * dz;
                if (d2[r] < nearest) nearest = d2[r];
            }

            float norm = 0f;
            for (int r = 0; r < nr; r++)
            {
                row[r] = MathF.Exp((nearest - d2[r]) / temperature);
                norm += row[r];
            }

            for (int r = 0; r < nr; r++)
            {
                row[r] /= norm;
            }
        }
    }
}
