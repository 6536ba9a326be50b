// Idiom: soft nearest neighbour weights from a precomputed query x reference distance matrix, shifted by the smallest
// distance of the whole matrix (`d2.Cast<float>().Min()`): a query far from every reference underflows to 0/0.
// Layout: IReadOnlyList<Vector3> clouds, distances and weights float[queries, refs] (row-major).
// Inspired by: distance-matrix soft-NN snippets (read for style only; own code).
// Bug: LG0001 (the minimum spans every query's row, the softmax slice is one query's row).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;

namespace HeldOut61.SoftNearestNeighbour_MatrixMin;

public static class SoftNeighbours
{
    public static float[,] Weights(IReadOnlyList<Vector3> queries, IReadOnlyList<Vector3> refs, float temperature)
    {
        var d2 = new float[queries.Count, refs.Count];
        for (int q = 0; q < queries.Count; q++)
        {
            for (int r = 0; r < refs.Count; r++)
            {
                d2[q, r] = Vector3.DistanceSquared(queries[q], refs[r]);
            }
        }

        float nearest = d2.Cast<float>().Min(); //~ LG0001
        var w = new float[queries.Count, refs.Count];
        for (int q = 0; q < queries.Count; q++)
        {
            float sum = 0f;
            for (int r = 0; r < refs.Count; r++)
            {
                w[q, r] = MathF.Exp((nearest - d2[q, r]) / temperature);
                sum += w[q, r];
            }

            for (int r = 0; r < refs.Count; r++)
            {
                w[q, r] /= sum;
            }
        }

        return w;
    }
}
