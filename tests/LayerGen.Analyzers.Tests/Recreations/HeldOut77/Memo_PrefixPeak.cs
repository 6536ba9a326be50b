// Idiom: memoised recursion — PrefixMax(r, j) = max(PrefixMax(r, j - 1), x[r, j]), cached in a double?[,] table.
// Use: a softmax layer that also serves prefix maxima to other code; the row max is PrefixMax(r, cols - 1).
// Layout: double[rows, cols], row-major; memo table of the same shape.
// Correct: the memoised recursion stays inside row r; the sum is per row.
// Our own code.
#nullable enable
using System;

namespace HeldOut77.Memo_PrefixPeak;

public sealed class MemoSoftmax
{
    private readonly double[,] _x;
    private readonly double?[,] _prefixMax;

    public MemoSoftmax(double[,] x)
    {
        _x = x;
        _prefixMax = new double?[x.GetLength(0), x.GetLength(1)];
    }

    public double PrefixMax(int r, int j)
    {
        if (_prefixMax[r, j] is double known)
        {
            return known;
        }

        double v = j == 0 ? _x[r, 0] : Math.Max(PrefixMax(r, j - 1), _x[r, j]);
        _prefixMax[r, j] = v;
        return v;
    }

    public double[,] Run()
    {
        int rows = _x.GetLength(0);
        int cols = _x.GetLength(1);
        var y = new double[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            double m = PrefixMax(r, cols - 1);
            double s = 0.0;
            for (int j = 0; j < cols; j++)
            {
                s += y[r, j] = Math.Exp(_x[r, j] - m);
            }

            for (int j = 0; j < cols; j++)
            {
                y[r, j] /= s;
            }
        }

        return y;
    }
}
