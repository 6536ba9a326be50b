// Variant (our own code) of the Enumerable.Range style of kowaliszyn-pl/ml-csharp's float[,] extensions: per-row
// maxima and exps are right, but the denominator is a nested LINQ sum over both dimensions of the exp matrix.
// Layout: row-major double[rows, cols]. Bug (LG0002): one sum over the whole batch.
using System;
using System.Linq;

namespace HeldOut.LinqRangeTotalOver2D;

public static class RangeSoftmax
{
    public static double[,] Forward(double[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        var e = new double[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            double max = double.NegativeInfinity;
            for (int j = 0; j < cols; j++)
            {
                max = Math.Max(max, x[i, j]);
            }

            for (int j = 0; j < cols; j++)
            {
                e[i, j] = Math.Exp(x[i, j] - max);
            }
        }

        double total = Enumerable.Range(0, rows).Sum(i => Enumerable.Range(0, cols).Sum(j => e[i, j])); //~ LG0002
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                e[i, j] /= total;
            }
        }

        return e;
    }
}
