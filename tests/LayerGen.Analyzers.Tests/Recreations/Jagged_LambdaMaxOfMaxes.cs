// Variant (our own code) of SoftmaxOperation.Softmax in ameritusweb/ParallelReverseAutoDiff
// (src/RMAD/SoftmaxOperation.cs, per-row input[i].Max()) rewritten with one LINQ expression for "the max":
// input.Max(r => r.Max()) over the whole jagged batch.
// Layout: jagged double[][]. Bug (LG0001): the max is taken over every row, inside a lambda.
using System;
using System.Linq;

namespace Recreations.JaggedLambdaMaxOfMaxes;

public static class RowSoftmax
{
    public static double[][] Forward(double[][] input)
    {
        double max = input.Max(r => r.Max()); //~ LG0001
        var output = new double[input.Length][];
        for (int i = 0; i < input.Length; i++)
        {
            output[i] = new double[input[i].Length];
            double sum = 0;
            for (int j = 0; j < input[i].Length; j++)
            {
                output[i][j] = Math.Exp(input[i][j] - max);
                sum += output[i][j];
            }

            for (int j = 0; j < input[i].Length; j++)
            {
                output[i][j] /= sum;
            }
        }

        return output;
    }
}
