// Re-creation (our own code) of the log-sum-exp route to probabilities (dotnet/machinelearning MathUtils.SoftMax =
// log-sum-exp, then exp(x - lse)) over the rows of a batch: lse[i] = max + log(sum exp(x - max)) per row, then
// p = exp(x - lse[i]), which needs no division.
// Layout: row-major double[rows, cols]; per-row lse array. Correct.
using System;

namespace HeldOut.LseRowsExpBack;

public static class LseSoftmax
{
    public static double[,] Forward(double[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        var lse = new double[rows];
        for (int i = 0; i < rows; i++)
        {
            double max = double.NegativeInfinity;
            for (int j = 0; j < cols; j++)
            {
                max = Math.Max(max, x[i, j]);
            }

            double sum = 0;
            for (int j = 0; j < cols; j++)
            {
                sum += Math.Exp(x[i, j] - max);
            }

            lse[i] = max + Math.Log(sum);
        }

        var p = new double[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                p[i, j] = Math.Exp(x[i, j] - lse[i]);
            }
        }

        return p;
    }
}
