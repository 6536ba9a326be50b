// Variant (our own code) of the two-pass ArrayExtensions.Softmax of kowaliszyn-pl/ml-csharp (exp cache first,
// normalisation second) where the cache pass also accumulates one total of all exps, which the second pass
// then divides every entry by (the "softmax /= softmax.Sum()" of whole-matrix code).
// Layout: row-major float[batch, classes]. Bug (LG0002): one total over the batch; the row max is right.
using System;

namespace Recreations.RowMajorOneTotal;

public static class TotalSoftmax
{
    public static float[,] Forward(float[,] source)
    {
        int rows = source.GetLength(0);
        int columns = source.GetLength(1);
        var expCache = new float[rows, columns];
        float total = 0f;
        for (int i = 0; i < rows; i++)
        {
            float max = float.NegativeInfinity;
            for (int j = 0; j < columns; j++)
            {
                max = MathF.Max(max, source[i, j]);
            }

            for (int j = 0; j < columns; j++)
            {
                expCache[i, j] = MathF.Exp(source[i, j] - max);
                total += expCache[i, j]; //~ LG0002
            }
        }

        var res = new float[rows, columns];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                res[i, j] = expCache[i, j] / total;
            }
        }

        return res;
    }
}
