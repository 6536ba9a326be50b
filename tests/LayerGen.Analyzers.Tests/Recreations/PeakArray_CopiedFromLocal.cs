// Our own variant of "fold the max into a local, then store it in a max array" (as in Barracuda's reference CPU
// softmax): a [rows, cols] double[,] matrix, softmax over each row, but the peak is folded per column (over the
// rows) into a local and copied into colPeak[j]. Bug (LG0004): the shift is not the row's max, so a row whose
// values are all 800 below its columns' peaks gives exp(-800) = 0 for every term, sum 0, NaN.
using System;

namespace Recreations.PeakArrayCopiedFromLocal;

public static class Rows
{
    public static void Softmax(double[,] x, double[,] y)
    {
        int rows = x.GetLength(0), cols = x.GetLength(1);
        var colPeak = new double[cols];
        for (int j = 0; j < cols; j++)
        {
            double best = double.NegativeInfinity;
            for (int i = 0; i < rows; i++)
            {
                best = Math.Max(best, x[i, j]); //~ LG0004
            }

            colPeak[j] = best;
        }

        for (int i = 0; i < rows; i++)
        {
            double total = 0;
            for (int j = 0; j < cols; j++)
            {
                y[i, j] = Math.Exp(x[i, j] - colPeak[j]);
                total += y[i, j];
            }

            for (int j = 0; j < cols; j++)
            {
                y[i, j] /= total;
            }
        }
    }
}
