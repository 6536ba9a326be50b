// Our own variant of a cache-blocked attention/HPC softmax kernel: rows are processed in tiles of up to eight, and one
// peak is taken per tile by a flat walk over the tile's range [t * cols, (t + count) * cols), then every row of the
// tile is shifted by it, exponentiated, summed and scaled. Layout: flat row-major float[rows · cols], count =
// Math.Min(8, rows - t) rows per tile. Bug LG0001: the peak spans every row of the tile, not one row (a row far below
// the tile's largest row underflows to 0/0). The twin of Tiles_PeakPerRowInTile.
using System;

namespace Recreations.Tiles_PeakOverTileRange;

public static class BlockedSoftmax
{
    private const int TileRows = 8;

    public static void Forward(float[] scores, float[] probabilities, int rows, int cols)
    {
        for (int t = 0; t < rows; t += TileRows)
        {
            int count = Math.Min(TileRows, rows - t);
            float peak = float.NegativeInfinity;
            for (int k = t * cols; k < (t + count) * cols; k++)
            {
                peak = MathF.Max(peak, scores[k]); //~ LG0001
            }

            for (int r = t; r < t + count; r++)
            {
                int offset = r * cols;
                float sum = 0f;
                for (int j = 0; j < cols; j++)
                {
                    float e = MathF.Exp(scores[offset + j] - peak);
                    probabilities[offset + j] = e;
                    sum += e;
                }

                for (int j = 0; j < cols; j++)
                {
                    probabilities[offset + j] /= sum;
                }
            }
        }
    }
}
