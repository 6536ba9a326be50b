// Idiom: recursion over rows — the method softmaxes row r and calls itself with Rows(x, y, r + 1).
// Use: a 2D batch of logits turned into probabilities without an explicit row loop.
// Layout: float[rows, cols], row-major; one softmax per row.
// Correct: every call folds its own row's max and sum; nothing is carried from one call to the next.
// Our own code.
#nullable enable
using System;

namespace HeldOut77.RowRecursion_TwoDimensional;

public static class RecursiveRows
{
    public static float[,] Softmax(float[,] x)
    {
        var y = new float[x.GetLength(0), x.GetLength(1)];
        Rows(x, y, 0);
        return y;
    }

    private static void Rows(float[,] x, float[,] y, int r)
    {
        if (r == x.GetLength(0))
        {
            return;
        }

        int n = x.GetLength(1);
        float m = float.NegativeInfinity;
        for (int j = 0; j < n; j++)
        {
            if (x[r, j] > m)
            {
                m = x[r, j];
            }
        }

        float s = 0f;
        for (int j = 0; j < n; j++)
        {
            y[r, j] = MathF.Exp(x[r, j] - m);
            s += y[r, j];
        }

        for (int j = 0; j < n; j++)
        {
            y[r, j] /= s;
        }

        Rows(x, y, r + 1);
    }
}
