// Idiom: blocked softmax over tiles of 8 rows (cache blocking in an attention / HPC kernel): pass 1 stores each row's
// max in a stackalloc tile array, pass 2 each row's sum, pass 3 scales the tile.
// Layout: flat float[rows * n]; tile rows t .. t + 8, row r = x.AsSpan(r * n, n); TensorPrimitives per row.
// Correct: the per-row statistics are indexed by the row inside the tile.
using System;
using System.Numerics.Tensors;

namespace HeldOut31.BlockedTiles;

/// <summary>Tile-blocked batched softmax.</summary>
public static class TileRowStatsSoftmax
{
    private const int TileRows = 8;

    /// <summary>Softmax of each n-wide row of <paramref name="x"/> into <paramref name="y"/>.</summary>
    public static void Forward(float[] x, float[] y, int rows, int n)
    {
        Span<float> rowMax = stackalloc float[TileRows];
        Span<float> rowSum = stackalloc float[TileRows];
        for (int t = 0; t < rows; t += TileRows)
        {
            int count = Math.Min(TileRows, rows - t);
            for (int i = 0; i < count; i++)
            {
                rowMax[i] = TensorPrimitives.Max(x.AsSpan((t + i) * n, n));
            }

            for (int i = 0; i < count; i++)
            {
                ReadOnlySpan<float> row = x.AsSpan((t + i) * n, n);
                Span<float> outRow = y.AsSpan((t + i) * n, n);
                float sum = 0f;
                for (int j = 0; j < n; j++)
                {
                    outRow[j] = MathF.Exp(row[j] - rowMax[i]);
                    sum += outRow[j];
                }

                rowSum[i] = sum;
            }

            for (int i = 0; i < count; i++)
            {
                TensorPrimitives.Divide(y.AsSpan((t + i) * n, n), rowSum[i], y.AsSpan((t + i) * n, n));
            }
        }
    }
}
