// Idiom: loop interchange — every pass walks column-outer over row-major data (`for j` outside, `for r` inside, the
// inner offset strength-reduced with `p += cols`), with the per-row statistics kept in arrays.
// Use: softmax per row of a small batch, loops interchanged for a column-streaming producer.
// Layout: flat double[] row-major, rows * cols; per-row peak[] and total[] arrays.
// Correct: peak[r] and total[r] are indexed by the row, so each is one row's max and sum despite the column-outer walk.
// Our own code.
using System;

namespace HeldOut79.Interchange_ColumnOuterRowPeaks;

public static class ColumnOuter
{
    public static void Forward(double[] x, double[] y, int rows, int cols)
    {
        var peak = new double[rows];
        var total = new double[rows];
        Array.Fill(peak, double.NegativeInfinity);
        for (int j = 0; j < cols; j++)
            for (int r = 0, p = j; r < rows; r++, p += cols)
                peak[r] = Math.Max(peak[r], x[p]);
        for (int j = 0; j < cols; j++)
            for (int r = 0; r < rows; r++)
            {
                double e = Math.Exp(x[r * cols + j] - peak[r]);
                y[r * cols + j] = e;
                total[r] += e;
            }
        for (int j = 0; j < cols; j++)
            for (int r = 0; r < rows; r++)
                y[r * cols + j] /= total[r];
    }
}
