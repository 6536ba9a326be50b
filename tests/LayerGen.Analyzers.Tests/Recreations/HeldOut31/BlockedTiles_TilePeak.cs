// Idiom: blocked softmax over tiles of 8 rows (cache blocking in an attention / HPC kernel) that takes one
// TensorPrimitives.Max over the whole tile, then sums and scales row by row.
// Layout: flat float[rows * n]; tile = x.AsSpan(t * n, count * n), row r = x.AsSpan(r * n, n).
// Bug LG0001: the max spans a tile of rows, not one row.
using System;
using System.Numerics.Tensors;

namespace HeldOut31.BlockedTiles;

/// <summary>Tile-blocked batched softmax with one peak per tile.</summary>
public static class TilePeakSoftmax
{
    private const int TileRows = 8;

    /// <summary>Softmax of each n-wide row of <paramref name="x"/> into <paramref name="y"/>.</summary>
    public static void Forward(float[] x, float[] y, int rows, int n)
    {
        for (int t = 0; t < rows; t += TileRows)
        {
            int count = Math.Min(TileRows, rows - t);
            float tilePeak = TensorPrimitives.Max(x.AsSpan(t * n, count * n)); //~ LG0001
            for (int r = t; r < t + count; r++)
            {
                ReadOnlySpan<float> row = x.AsSpan(r * n, n);
                Span<float> outRow = y.AsSpan(r * n, n);
                float sum = 0f;
                for (int j = 0; j < n; j++)
                {
                    outRow[j] = MathF.Exp(row[j] - tilePeak);
                    sum += outRow[j];
                }

                float inv = 1f / sum;
                for (int j = 0; j < n; j++)
                {
                    outRow[j] *= inv;
                }
            }
        }
    }
}
