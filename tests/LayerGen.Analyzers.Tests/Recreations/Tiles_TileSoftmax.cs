// Our own variant of a blocked inference-engine softmax over Span<T> where the softmax axis *is* the tile: each group
// of up to eight rows (a segment of tokens sharing one distribution) is one softmax, so its peak, its sum and its
// division all run over the tile's span scores.AsSpan(t * cols, count * cols). Layout: flat row-major
// double[rows · cols]. Correct (the twin of Tiles_TileSpanPeak: the max and the sum span the same tile).
using System;

namespace Recreations.Tiles_TileSoftmax;

public static class TiledSegments
{
    public static void Softmax(double[] scores, double[] output, int rows, int cols)
    {
        for (int t = 0; t < rows; t += 8)
        {
            int count = rows - t < 8 ? rows - t : 8;
            ReadOnlySpan<double> tile = scores.AsSpan(t * cols, count * cols);
            Span<double> target = output.AsSpan(t * cols, count * cols);
            double peak = double.NegativeInfinity;
            foreach (double v in tile)
            {
                if (v > peak) peak = v;
            }

            double sum = 0;
            for (int k = 0; k < tile.Length; k++)
            {
                target[k] = Math.Exp(tile[k] - peak);
                sum += target[k];
            }

            for (int k = 0; k < target.Length; k++)
            {
                target[k] /= sum;
            }
        }
    }
}
