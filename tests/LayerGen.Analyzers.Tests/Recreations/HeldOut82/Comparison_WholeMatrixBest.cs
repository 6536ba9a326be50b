// Idiom: a `Comparison<float>` lambda used inline as the max test, `if (cmp(v, best) > 0) best = v`.
// Use: row softmax of a 2D score matrix.
// Layout: float[rows, cols], row-major 2D array, enumerated whole with `foreach (float v in x)`.
// Bug (LG0001): `best` is the max of the whole matrix, subtracted from every row; a row 1000 below the top row
// underflows to 0/0 = NaN.
// Our own code.
using System;

#nullable enable

namespace HeldOut82.Comparison_WholeMatrixBest;

public static class Matrix
{
    public static float[,] Softmax(float[,] x)
    {
        Comparison<float> cmp = (a, b) => a.CompareTo(b);
        int rows = x.GetLength(0), cols = x.GetLength(1);
        float best = float.NegativeInfinity;
        foreach (float v in x) if (cmp(v, best) > 0) best = v; //~ LG0001
        var y = new float[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            float sum = 0f;
            for (int c = 0; c < cols; c++) sum += y[r, c] = MathF.Exp(x[r, c] - best);
            for (int c = 0; c < cols; c++) y[r, c] /= sum;
        }

        return y;
    }
}
