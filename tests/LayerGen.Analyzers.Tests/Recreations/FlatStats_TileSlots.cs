// Correct: rows processed in tiles of up to eight; one flat walk over the tile (k = t * n .. (t + count) * n) keeps
// each row's statistics in a slot named by the flat index divided by the row stride, either absolute (`max[k / n]`,
// slots for every row) or tile-relative (`max[k / n - t]`, eight slots reset per tile). Every fold writes the slot of
// its own row, so each maximum and each sum is one row's.
// Source: cache-blocked softmax kernels (the tiled variants in the stop-39 review).
using System;

namespace Recreations.FlatStatsTileSlots;

public static class TiledSlotSoftmax
{
    private const int TileRows = 8;

    // Tile-relative slots, reset at the start of each tile.
    public static void TileRelative(float[] x, float[] y, int rows, int n)
    {
        Span<float> max = stackalloc float[TileRows];
        Span<float> sum = stackalloc float[TileRows];
        for (int t = 0; t < rows; t += TileRows)
        {
            int count = Math.Min(TileRows, rows - t);
            for (int r = 0; r < count; r++) { max[r] = float.NegativeInfinity; sum[r] = 0f; }
            for (int k = t * n; k < (t + count) * n; k++) max[k / n - t] = MathF.Max(max[k / n - t], x[k]);
            for (int k = t * n; k < (t + count) * n; k++) { y[k] = MathF.Exp(x[k] - max[k / n - t]); sum[k / n - t] += y[k]; }
            for (int k = t * n; k < (t + count) * n; k++) y[k] /= sum[k / n - t];
        }
    }

    // Absolute slots (one per row of the whole batch), reset once before the tiles.
    public static void AbsoluteSlots(double[] x, double[] y, int rows, int n)
    {
        var max = new double[rows];
        var sum = new double[rows];
        for (int r = 0; r < rows; r++) { max[r] = double.NegativeInfinity; sum[r] = 0.0; }
        for (int t = 0; t < rows; t += TileRows)
        {
            int count = Math.Min(TileRows, rows - t);
            int end = (t + count) * n;
            for (int k = t * n; k < end; k++)
            {
                int row = k / n;
                max[row] = Math.Max(max[row], x[k]);
            }

            for (int k = t * n; k < end; k++)
            {
                y[k] = Math.Exp(x[k] - max[k / n]);
                sum[k / n] += y[k];
            }

            for (int k = t * n; k < end; k++)
            {
                y[k] /= sum[k / n];
            }
        }
    }

    // A tile as a span (k walks the tile from 0), slots relative to the tile: k / n.
    public static void TileSpan(float[] x, float[] y, int rows, int n)
    {
        Span<float> max = stackalloc float[TileRows];
        Span<float> sum = stackalloc float[TileRows];
        for (int t = 0; t < rows; t += TileRows)
        {
            int count = Math.Min(TileRows, rows - t);
            Span<float> tile = x.AsSpan(t * n, count * n);
            Span<float> output = y.AsSpan(t * n, count * n);
            max.Fill(float.NegativeInfinity);
            sum.Clear();
            for (int k = 0; k < tile.Length; k++) max[k / n] = MathF.Max(max[k / n], tile[k]);
            for (int k = 0; k < tile.Length; k++) { output[k] = MathF.Exp(tile[k] - max[k / n]); sum[k / n] += output[k]; }
            for (int k = 0; k < tile.Length; k++) output[k] /= sum[k / n];
        }
    }
}
