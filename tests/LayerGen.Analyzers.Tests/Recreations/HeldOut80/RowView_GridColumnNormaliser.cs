// Idiom: a user readonly struct grid view over a flat double[] with a ref-returning [row, col] indexer.
// Use: softmax per row (sample) of a [samples, classes] grid.
// Layout: double[samples * classes] row-major behind Grid2D, updated in place.
// Bug: LG0004 — the max is taken along each row, but the normaliser is accumulated down each column (over the samples).
// Our own code.
#nullable enable
using System;

namespace HeldOut80.RowView_GridColumnNormaliser;

public readonly struct Grid2D
{
    private readonly double[] buffer;

    public Grid2D(double[] buffer, int height, int width)
    {
        this.buffer = buffer;
        Height = height;
        Width = width;
    }

    public int Height { get; }

    public int Width { get; }

    public ref double this[int row, int col] => ref buffer[row * Width + col];
}

public static class GridSoftmax
{
    public static void Apply(Grid2D g)
    {
        var rowPeak = new double[g.Height];
        for (int r = 0; r < g.Height; r++)
        {
            double p = double.NegativeInfinity;
            for (int c = 0; c < g.Width; c++)
            {
                if (g[r, c] > p) p = g[r, c]; //~ LG0004
            }

            rowPeak[r] = p;
        }

        for (int r = 0; r < g.Height; r++)
        {
            for (int c = 0; c < g.Width; c++)
            {
                g[r, c] = Math.Exp(g[r, c] - rowPeak[r]);
            }
        }

        for (int c = 0; c < g.Width; c++)
        {
            double colSum = 0;
            for (int r = 0; r < g.Height; r++)
            {
                colSum += g[r, c];
            }

            for (int r = 0; r < g.Height; r++)
            {
                g[r, c] /= colSum;
            }
        }
    }
}
