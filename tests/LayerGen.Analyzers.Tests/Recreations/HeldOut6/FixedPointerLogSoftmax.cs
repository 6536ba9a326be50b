// Source: unsafe pointer kernels in C# NN code (fixed input/output, row pointers, log-softmax for NLL), re-created
// as a batched log-softmax over pointer rows.
// Layout: flat double[] [rows, cols]; `double* row = px + r * cols`.
// Correct: per-row max and log-sum-exp; output is log-probabilities.
using System;

namespace HeldOut6.FixedPointerLogSoftmax;

public static unsafe class PointerLogSoftmax
{
    public static void Forward(double[] x, double[] logProbs, int rows, int cols)
    {
        fixed (double* px = x, py = logProbs)
        {
            for (int r = 0; r < rows; r++)
            {
                double* row = px + r * cols;
                double* outRow = py + r * cols;
                double m = *row;
                for (double* p = row + 1; p < row + cols; p++)
                {
                    if (*p > m) m = *p;
                }

                double s = 0;
                for (int j = 0; j < cols; j++) s += Math.Exp(row[j] - m);
                double lse = m + Math.Log(s);
                for (int j = 0; j < cols; j++) outRow[j] = row[j] - lse;
            }
        }
    }
}
