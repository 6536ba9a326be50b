// Re-creates: a two-pass batched softmax that first fills a rowMax[] array (local fold, then stored), as in C# ports of numpy's x.max(axis=1, keepdims=True)
// Layout: double[,] row-major [rows, cols]; pass 1 row maxima into an array, pass 2 exp/sum/divide
// Expected: Correct
using System;

namespace HeldOut2.RowMaxArrayTwoPass;

public static class NumpyPort
{
    public static double[,] Softmax(double[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        var rowMax = new double[rows];
        for (int i = 0; i < rows; i++)
        {
            double m = double.NegativeInfinity;
            for (int j = 0; j < cols; j++)
            {
                m = Math.Max(m, x[i, j]);
            }

            rowMax[i] = m;
        }

        var y = new double[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            double s = 0;
            for (int j = 0; j < cols; j++)
            {
                y[i, j] = Math.Exp(x[i, j] - rowMax[i]);
                s += y[i, j];
            }

            for (int j = 0; j < cols; j++)
            {
                y[i, j] /= s;
            }
        }

        return y;
    }
}
