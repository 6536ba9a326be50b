// Idiom: rows processed in tiles of two with the accumulators reset at the top of the tile loop, not the row loop;
// the peak is reset per row.
// Use: a tiled attention kernel (two query rows per tile) written for cache reuse.
// Layout: float[queries, keys] (row = one softmax slice).
// Bug (LG0002): `denom` is cleared once per tile, so the second row of each tile divides by the exps of both rows.
// Our own code.
using System;

namespace HeldOut75.ResetAtEnd_TileSum;

public static class Tiled
{
    const int Tile = 2;

    public static float[,] Softmax(float[,] s)
    {
        int queries = s.GetLength(0), keys = s.GetLength(1);
        var p = new float[queries, keys];
        for (int t0 = 0; t0 < queries; t0 += Tile)
        {
            float denom = 0f;
            for (int q = t0; q < Math.Min(t0 + Tile, queries); q++)
            {
                float peak = float.NegativeInfinity;
                for (int k = 0; k < keys; k++) peak = MathF.Max(peak, s[q, k]);
                for (int k = 0; k < keys; k++)
                {
                    p[q, k] = MathF.Exp(s[q, k] - peak);
                    denom += p[q, k]; //~ LG0002
                }
                for (int k = 0; k < keys; k++) p[q, k] /= denom;
            }
        }
        return p;
    }
}
