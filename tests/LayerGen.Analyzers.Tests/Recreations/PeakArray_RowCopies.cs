// Correct twin of PeakArray_CopiedFromLocal.cs: each row's peak is folded into a local over that row and copied into
// rowPeak[i], which shifts the same row (largest term exp(0) = 1, each row sums to 1).
using System;

namespace Recreations.PeakArrayRowCopies;

public static class Rows
{
    public static void Softmax(double[,] x, double[,] y)
    {
        int rows = x.GetLength(0), cols = x.GetLength(1);
        var rowPeak = new double[rows];
        for (int i = 0; i < rows; i++)
        {
            double best = double.NegativeInfinity;
            for (int j = 0; j < cols; j++)
            {
                best = Math.Max(best, x[i, j]);
            }

            rowPeak[i] = best;
        }

        for (int i = 0; i < rows; i++)
        {
            double total = 0;
            for (int j = 0; j < cols; j++)
            {
                y[i, j] = Math.Exp(x[i, j] - rowPeak[i]);
                total += y[i, j];
            }

            for (int j = 0; j < cols; j++)
            {
                y[i, j] /= total;
            }
        }
    }
}
