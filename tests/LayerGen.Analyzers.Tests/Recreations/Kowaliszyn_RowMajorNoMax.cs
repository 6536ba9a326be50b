// Re-creation (our own code) of ArrayExtensions.Softmax(this float[,]) in kowaliszyn-pl/ml-csharp
// (the "Code It Yourself with .NET" neural-network series), used by its SoftmaxCrossEntropyLoss.
// Layout: row-major float[batch, classes]; an exp cache is filled row by row, then each row's sum divides it.
// Bug: MathF.Exp of raw logits, no max (the source only Debug.Asserts "no NaN" afterwards).
using System;

namespace Recreations.KowaliszynRowMajorNoMax;

public static class MatrixActivations
{
    public static float[,] Softmax(float[,] source)
    {
        int rows = source.GetLength(0);
        int columns = source.GetLength(1);
        var res = new float[rows, columns];
        var expCache = new float[rows, columns];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                expCache[i, j] = MathF.Exp(source[i, j]); //~ LG0003
            }

            float sum = 0;
            for (int j = 0; j < columns; j++)
            {
                sum += expCache[i, j];
            }

            for (int j = 0; j < columns; j++)
            {
                res[i, j] = expCache[i, j] / sum;
            }
        }

        return res;
    }
}
