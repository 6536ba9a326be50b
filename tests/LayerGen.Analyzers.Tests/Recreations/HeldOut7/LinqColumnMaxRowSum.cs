// Source: C# data-science snippets on double[,] that compute per-column statistics with LINQ
// (Enumerable.Range(0, rows).Max(r => m[r, c])) and then normalise each row as a softmax.
// Layout: double[rows, cols] row-major; softmax over the columns of each row.
// Bug LG0004: the maximum is per column (over rows), the sum per row (over columns).
using System;
using System.Linq;

namespace HeldOut7.LinqColumnMaxRowSum
{
    public static class TableSoftmax
    {
        public static double[,] Rows(double[,] m)
        {
            int rows = m.GetLength(0);
            int cols = m.GetLength(1);
            double[] colMax = Enumerable.Range(0, cols)
                .Select(c => Enumerable.Range(0, rows).Max(r => m[r, c])) //~ LG0004
                .ToArray();
            var p = new double[rows, cols];
            for (int r = 0; r < rows; r++)
            {
                double s = 0;
                for (int c = 0; c < cols; c++)
                {
                    p[r, c] = Math.Exp(m[r, c] - colMax[c]);
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
}
