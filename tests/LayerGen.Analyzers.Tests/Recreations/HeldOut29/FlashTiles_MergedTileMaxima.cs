// Idiom: tiled (flash-attention style) softmax: the keys of a query are visited in tiles; each tile gets its own max and
// its own sum of exp(s - tileMax), and the tile is merged into the running (max, sum) by rescaling both sides to the new
// max. Use: attention weights of queries over keys. Layout: flat row-major scores [queries * keys] as spans, tile of 4.
// Correct: the running statistics restart for every query; a tile max is a max over part of the axis, never more.
using System;

namespace LayerGen.Recreations.HeldOut29;

/// <summary>Attention weights computed tile by tile with rescaled merges.</summary>
public static class FlashTileMerge
{
    private const int Tile = 4;

    /// <summary>Writes softmax over keys of every query row of <paramref name="scores"/> into <paramref name="weights"/>.</summary>
    public static void Weights(ReadOnlySpan<float> scores, int queries, int keys, Span<float> weights)
    {
        for (int q = 0; q < queries; q++)
        {
            ReadOnlySpan<float> row = scores.Slice(q * keys, keys);
            float m = float.NegativeInfinity;
            float l = 0f;
            for (int start = 0; start < keys; start += Tile)
            {
                int end = Math.Min(start + Tile, keys);
                float tileMax = float.NegativeInfinity;
                for (int k = start; k < end; k++)
                {
                    tileMax = MathF.Max(tileMax, row[k]);
                }

                float tileSum = 0f;
                for (int k = start; k < end; k++)
                {
                    tileSum += MathF.Exp(row[k] - tileMax);
                }

                float mOld = m;
                m = MathF.Max(m, tileMax);
                l = l * MathF.Exp(mOld - m) + tileSum * MathF.Exp(tileMax - m);
            }

            Span<float> w = weights.Slice(q * keys, keys);
            for (int k = 0; k < keys; k++)
            {
                w[k] = MathF.Exp(row[k] - m) / l;
            }
        }
    }
}
