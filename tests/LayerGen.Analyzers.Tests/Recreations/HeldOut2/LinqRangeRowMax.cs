// Re-creates: a LINQ row softmax over a rectangular array via Enumerable.Range (C# Advent-of-Code-style / notebook ports)
// Layout: double[,] row-major [rows, cols]; Enumerable.Range(...).Max(c => x[r, c]) per row
// Expected: Correct
using System;
using System.Linq;

namespace HeldOut2.LinqRangeRowMax;

public static class RangeSoftmax
{
    public static double[,] Softmax(double[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        var y = new double[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            double max = Enumerable.Range(0, cols).Max(c => x[r, c]);
            double sum = Enumerable.Range(0, cols).Sum(c => Math.Exp(x[r, c] - max));
            for (int c = 0; c < cols; c++)
            {
                y[r, c] = Math.Exp(x[r, c] - max) / sum;
            }
        }

        return y;
    }
}
