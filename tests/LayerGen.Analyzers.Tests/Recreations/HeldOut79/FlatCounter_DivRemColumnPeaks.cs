// Idiom: one flat counter decomposed with `Math.DivRem` into a (row, column) tuple.
// Use: softmax per row of a [rows, cols] batch in flat storage.
// Layout: flat double[] row-major, rows * cols; peak[] per column, z[] per row; returns a new array.
// Bug: the peak is kept per column (`peak[c]`, a max over the rows) while the sum is per row (`z[r]`): max and sum
// over different axes.
// Our own code.
using System;

namespace HeldOut79.FlatCounter_DivRemColumnPeaks;

public static class DivRemPasses
{
    public static double[] Run(double[] a, int rows, int cols)
    {
        var peak = new double[cols];
        Array.Fill(peak, double.NegativeInfinity);
        for (int k = 0; k < a.Length; k++)
        {
            var (_, c) = Math.DivRem(k, cols);
            if (a[k] > peak[c]) peak[c] = a[k]; //~ LG0004
        }
        var z = new double[rows];
        var p = new double[a.Length];
        for (int k = 0; k < a.Length; k++)
        {
            var (r, c) = Math.DivRem(k, cols);
            z[r] += p[k] = Math.Exp(a[k] - peak[c]);
        }
        for (int k = 0; k < a.Length; k++) p[k] /= z[k / cols];
        return p;
    }
}
