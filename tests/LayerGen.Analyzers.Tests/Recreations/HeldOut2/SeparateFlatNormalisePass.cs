// Re-creates: a batched softmax from a C# digit-recognition sample whose normalisation runs as one flat pass after the row loop
// Layout: flat double[] row-major [rows, cols]; per-row max, one running total, flat division
// Expected: LG0002 — the total accumulates every row and divides the whole buffer
using System;

namespace HeldOut2.SeparateFlatNormalisePass;

public static class OutputLayer
{
    public static double[] Softmax(double[] z, int rows, int cols)
    {
        var y = new double[rows * cols];
        double total = 0;
        for (int r = 0; r < rows; r++)
        {
            double max = double.MinValue;
            for (int c = 0; c < cols; c++)
            {
                if (z[r * cols + c] > max) max = z[r * cols + c];
            }

            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] = Math.Exp(z[r * cols + c] - max);
                total += y[r * cols + c]; //~ LG0002
            }
        }

        for (int k = 0; k < rows * cols; k++)
        {
            y[k] /= total;
        }

        return y;
    }
}
