// Idiom: dense pivot grid float[row, class] with per-column peaks in an array filled by a row-outer loop nest, then
// per-row exps and sums.
// Use: per-row probabilities of a dense pivot grid.
// Layout: float[rows, classes] (row-major 2D).
// Bug (LG0004): colPeak[c] folds class c over all rows (the batch axis), while the sum runs per row over the classes.
// Our own code.
using System;

namespace HeldOut92.PivotMatrix_ColumnPeaksRowSums;

public static class Grid
{
    public static float[,] Softmax(float[,] grid)
    {
        int rows = grid.GetLength(0);
        int cols = grid.GetLength(1);
        var colPeak = new float[cols];
        Array.Fill(colPeak, float.NegativeInfinity);
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                colPeak[c] = MathF.Max(colPeak[c], grid[r, c]); //~ LG0004
            }
        }

        var p = new float[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            float s = 0f;
            for (int c = 0; c < cols; c++)
            {
                p[r, c] = MathF.Exp(grid[r, c] - colPeak[c]);
                s += p[r, c];
            }

            for (int c = 0; c < cols; c++)
            {
                p[r, c] /= s;
            }
        }

        return p;
    }
}
