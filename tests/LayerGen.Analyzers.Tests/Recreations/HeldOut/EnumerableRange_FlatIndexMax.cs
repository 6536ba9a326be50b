// Variant (our own code) of the Enumerable.Range style of kowaliszyn-pl/ml-csharp's float[,] extensions: the
// maximum is one LINQ pass over a flattened index, Enumerable.Range(0, rows * cols).Max(k => x[k / cols, k % cols]).
// Layout: row-major double[rows, cols]. Bug (LG0001): the maximum spans every row.
using System;
using System.Linq;

namespace HeldOut.EnumerableRangeFlatIndexMax;

public static class RangeSoftmax
{
    public static double[,] Forward(double[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        double max = Enumerable.Range(0, rows * cols).Max(k => x[k / cols, k % cols]); //~ LG0001
        var p = new double[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            double sum = 0;
            for (int j = 0; j < cols; j++)
            {
                p[i, j] = Math.Exp(x[i, j] - max);
                sum += p[i, j];
            }

            for (int j = 0; j < cols; j++)
            {
                p[i, j] /= sum;
            }
        }

        return p;
    }
}
