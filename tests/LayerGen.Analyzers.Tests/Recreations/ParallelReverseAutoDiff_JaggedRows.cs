// Re-creation (our own code) of SoftmaxOperation.Softmax in ameritusweb/ParallelReverseAutoDiff,
// src/RMAD/SoftmaxOperation.cs.
// Layout: jagged double[][] (one array per row), per-row LINQ Max() on input[i], loops over j.
// Correct: max and sum are per row.
using System;
using System.Linq;

namespace Recreations.ParallelReverseAutoDiffJaggedRows;

public static class RowSoftmax
{
    public static double[][] Forward(double[][] input)
    {
        int rows = input.Length;
        var output = new double[rows][];
        for (int i = 0; i < rows; i++)
        {
            int cols = input[i].Length;
            output[i] = new double[cols];
            double max = input[i].Max();
            double sum = 0;
            for (int j = 0; j < cols; j++)
            {
                double e = Math.Exp(input[i][j] - max);
                sum += e;
                output[i][j] = e;
            }

            for (int j = 0; j < cols; j++)
            {
                output[i][j] /= sum;
            }
        }

        return output;
    }
}
