// Idiom: tiled (flash-attention style) softmax with per-tile maxima merged into a running max and a rescaled running sum.
// Use: attention weights of queries over keys. Layout: row-major double[queries, keys], tile of 8 keys.
// Bug (LG0001): the running max m is declared once above the query loop (only the sum l is restarted per query), so the
// shift of a query is the max over every earlier query's keys too; a query far below an earlier one gets 0/0.
using System;

namespace LayerGen.Recreations.HeldOut29;

/// <summary>Tiled attention softmax whose running max survives from one query to the next.</summary>
public static class FlashTileCarriedMax
{
    private const int Tile = 8;

    /// <summary>Writes softmax over keys of each query row of <paramref name="scores"/> into <paramref name="weights"/>.</summary>
    public static void Weights(double[,] scores, double[,] weights)
    {
        int queries = scores.GetLength(0), keys = scores.GetLength(1);
        double m = double.NegativeInfinity;
        for (int q = 0; q < queries; q++)
        {
            double l = 0.0;
            for (int start = 0; start < keys; start += Tile)
            {
                int end = Math.Min(start + Tile, keys);
                double tileMax = double.NegativeInfinity;
                for (int k = start; k < end; k++)
                {
                    tileMax = Math.Max(tileMax, scores[q, k]);
                }

                double tileSum = 0.0;
                for (int k = start; k < end; k++)
                {
                    tileSum += Math.Exp(scores[q, k] - tileMax);
                }

                double mOld = m;
                m = Math.Max(m, tileMax); //~ LG0001
                l = l * Math.Exp(mOld - m) + tileSum * Math.Exp(tileMax - m);
            }

            for (int k = 0; k < keys; k++)
            {
                weights[q, k] = Math.Exp(scores[q, k] - m) / l;
            }
        }
    }
}
