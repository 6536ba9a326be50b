// Re-creation (our own code) of the LINQ-over-indices style of kowaliszyn-pl/ml-csharp's float[,] extensions
// (ArrayExtensions: Enumerable.Range over a dimension) applied to a row softmax: the row maximum is
// Enumerable.Range(0, cols).Max(j => x[i, j]).
// Layout: row-major double[rows, cols]; LINQ lambda over a column index. Correct.
using System;
using System.Linq;

namespace HeldOut.EnumerableRangeRowMaxLambda;

public static class RangeSoftmax
{
    public static double[,] Forward(double[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        var p = new double[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            double max = Enumerable.Range(0, cols).Max(j => x[i, j]);
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
