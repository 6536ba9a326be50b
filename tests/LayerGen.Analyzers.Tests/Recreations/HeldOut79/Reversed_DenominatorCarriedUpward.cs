// Idiom: reversed loops — `for (int r = rows; --r >= 0;)` with columns walked downward.
// Use: in-place softmax of a score matrix, one distribution per row.
// Layout: float[rows, cols] rectangular, rows are the softmax slices; in place.
// Bug: the denominator is declared above the reversed row loop and never reset, so each row is divided by the sum of
// its own exps plus those of every row below it (already visited).
// Our own code.
using System;

namespace HeldOut79.Reversed_DenominatorCarriedUpward;

public static class ScoreMatrix
{
    public static void InPlace(float[,] a)
    {
        int rows = a.GetLength(0), cols = a.GetLength(1);
        float denom = 0f;
        for (int r = rows; --r >= 0;)
        {
            float top = float.MinValue;
            for (int c = cols - 1; c >= 0; c--)
                if (a[r, c] > top) top = a[r, c];
            for (int c = cols - 1; c >= 0; c--)
            {
                a[r, c] = MathF.Exp(a[r, c] - top);
                denom += a[r, c]; //~ LG0002
            }
            for (int c = 0; c < cols; c++) a[r, c] /= denom;
        }
    }
}
