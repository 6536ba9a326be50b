// Re-creates: a Span-era rewrite of Accord.NET's row softmax over double[,]: per-row maxima kept in an array and
// updated through a `ref double` local, read back in a second pass.
// Layout: double[rows, cols] row-major; softmax axis = cols (dimension 1).
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut3.RefLocalRowMax;

public static class MatrixSoftmax
{
    public static double[,] Rows(double[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        var maxes = new double[rows];
        for (int r = 0; r < rows; r++)
        {
            ref double m = ref maxes[r];
            m = double.NegativeInfinity;
            for (int c = 0; c < cols; c++)
            {
                if (x[r, c] > m)
                {
                    m = x[r, c];
                }
            }
        }

        var y = new double[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            double sum = 0;
            for (int c = 0; c < cols; c++)
            {
                y[r, c] = Math.Exp(x[r, c] - maxes[r]);
                sum += y[r, c];
            }

            for (int c = 0; c < cols; c++)
            {
                y[r, c] /= sum;
            }
        }

        return y;
    }
}
