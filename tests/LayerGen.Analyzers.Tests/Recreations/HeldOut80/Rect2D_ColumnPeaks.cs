// Idiom: rectangular double[,] with GetUpperBound/GetLength; peaks collected column by column into colMax[].
// Use: softmax per sample of a [batch, classes] matrix (the peaks were meant as "per class" stabilisers).
// Layout: double[batch, classes], softmax along dimension 1.
// Bug: LG0004 — the max runs down each column (over the batch, dimension 0) while the sum runs along each row.
// Our own code.
#nullable enable
using System;

namespace HeldOut80.Rect2D_ColumnPeaks;

public static class ColumnStabilised
{
    public static double[,] Run(double[,] x)
    {
        int n = x.GetUpperBound(0) + 1;
        int k = x.GetLength(1);
        var colMax = new double[k];
        for (int c = 0; c < k; c++)
        {
            double m = double.NegativeInfinity;
            for (int b = 0; b < n; b++)
            {
                m = Math.Max(m, x[b, c]); //~ LG0004
            }

            colMax[c] = m;
        }

        var y = new double[n, k];
        for (int b = 0; b < n; b++)
        {
            double z = 0;
            for (int c = 0; c < k; c++)
            {
                y[b, c] = Math.Exp(x[b, c] - colMax[c]);
                z += y[b, c];
            }

            for (int c = 0; c < k; c++)
            {
                y[b, c] /= z;
            }
        }

        return y;
    }
}
