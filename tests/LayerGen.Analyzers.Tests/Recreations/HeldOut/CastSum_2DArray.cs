// Variant (our own code) of the row-major double[,] softmax (kowaliszyn-pl/ml-csharp ArrayExtensions.Softmax) where
// the denominator is the LINQ one-liner e.Cast<double>().Sum() over the exp matrix, i.e. over every row.
// Layout: row-major double[rows, cols]. Bug (LG0002): one sum over the whole batch.
using System;
using System.Linq;

namespace HeldOut.CastSum2DArray;

public static class CastSoftmax
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

        double total = e.Cast<double>().Sum(); //~ LG0002
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
