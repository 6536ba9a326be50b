// Variant (our own code) of ArrayExtensions.SoftmaxLogSumExp's row loop in kowaliszyn-pl/ml-csharp with the
// max hoisted out of the row loop: one max over the whole batch (every i and j), sums still per row.
// Layout: row-major float[batch, classes]. Bug (LG0001): a row ~1000 below the batch max gives 0/0 = NaN.
using System;

namespace Recreations.RowMajorGlobalMaxBeforeRows;

public static class BatchSoftmax
{
    public static float[,] Forward(float[,] source)
    {
        int rows = source.GetLength(0);
        int columns = source.GetLength(1);
        float max = float.NegativeInfinity;
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                max = MathF.Max(max, source[i, j]); //~ LG0001
            }
        }

        var res = new float[rows, columns];
        for (int i = 0; i < rows; i++)
        {
            float sum = 0;
            for (int j = 0; j < columns; j++)
            {
                res[i, j] = MathF.Exp(source[i, j] - max);
                sum += res[i, j];
            }

            for (int j = 0; j < columns; j++)
            {
                res[i, j] /= sum;
            }
        }

        return res;
    }
}
