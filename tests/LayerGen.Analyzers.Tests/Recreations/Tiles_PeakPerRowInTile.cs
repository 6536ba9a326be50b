// Our own variant of a cache-blocked attention/HPC softmax kernel: rows are processed in tiles of up to eight; inside
// the tile each row's own peak is taken by a flat walk over that row's range [r * cols, (r + 1) * cols), then the row is
// shifted, exponentiated, summed and scaled. Layout: flat row-major float[rows · cols], count = Math.Min(8, rows - t)
// rows per tile. Correct (the twin of Tiles_PeakOverTileRange).
using System;

namespace Recreations.Tiles_PeakPerRowInTile;

public static class BlockedSoftmax
{
    private const int TileRows = 8;

    public static void Forward(float[] scores, float[] probabilities, int rows, int cols)
    {
        for (int t = 0; t < rows; t += TileRows)
        {
            int count = Math.Min(TileRows, rows - t);
            for (int r = t; r < t + count; r++)
            {
                float peak = float.NegativeInfinity;
                for (int k = r * cols; k < (r + 1) * cols; k++)
                {
                    peak = MathF.Max(peak, scores[k]);
                }

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
