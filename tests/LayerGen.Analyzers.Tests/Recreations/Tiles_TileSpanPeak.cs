// Our own variant of a blocked inference-engine softmax over Span<T>: a tile of up to eight rows is cut out as one
// span (scores.AsSpan(t * cols, count * cols)) and its largest element found by a foreach over the span; each row of
// the tile is then shifted by it. Layout: flat row-major double[rows · cols]. Bug LG0001: the peak spans the whole
// tile (several rows), not the row it is subtracted from. The twin of Tiles_TileSoftmax.
using System;

namespace Recreations.Tiles_TileSpanPeak;

public static class TiledRows
{
    public static void Softmax(double[] scores, double[] output, int rows, int cols)
    {
        for (int t = 0; t < rows; t += 8)
        {
            int count = rows - t < 8 ? rows - t : 8;
            ReadOnlySpan<double> tile = scores.AsSpan(t * cols, count * cols);
            double peak = double.NegativeInfinity;
            foreach (double v in tile)
            {
                if (v > peak) peak = v; //~ LG0001
            }

            for (int r = 0; r < count; r++)
            {
                ReadOnlySpan<double> row = tile.Slice(r * cols, cols);
                Span<double> target = output.AsSpan((t + r) * cols, cols);
                double sum = 0;
                for (int j = 0; j < cols; j++)
                {
                    target[j] = Math.Exp(row[j] - peak);
                    sum += target[j];
                }

                for (int j = 0; j < cols; j++)
                {
                    target[j] /= sum;
                }
            }
        }
    }
}
