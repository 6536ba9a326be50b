// Re-creation (our own code) of ArrayExtensions.SoftmaxLogSumExp(this float[,]) in kowaliszyn-pl/ml-csharp.
// Despite its name the source returns x - logsumexp(x) per row, i.e. log-probabilities.
// Layout: row-major float[batch, classes]. Correct: per-row max, per-row log-sum-exp; nothing is divided
// by a sum of exps (a log-softmax, which LG0003 must not report).
using System;

namespace Recreations.KowaliszynLogSoftmaxRows;

public static class MatrixActivations
{
    public static float[,] LogSoftmax(float[,] source)
    {
        int rows = source.GetLength(0);
        int columns = source.GetLength(1);
        var res = new float[rows, columns];
        for (int i = 0; i < rows; i++)
        {
            float max = source[i, 0];
            for (int j = 1; j < columns; j++)
            {
                max = MathF.Max(max, source[i, j]);
            }

            float sum = 0;
            for (int j = 0; j < columns; j++)
            {
                sum += MathF.Exp(source[i, j] - max);
            }

            float logSumExp = max + MathF.Log(sum);
            for (int j = 0; j < columns; j++)
            {
                res[i, j] = source[i, j] - logSumExp;
            }
        }

        return res;
    }
}
