// Idiom: `static readonly Func<double, double, double> Larger = Math.Max` and `Func<double, double> Exp = Math.Exp`
// fields called as combiners; per-row maxima and sums stored in arrays over three passes.
// Use: row softmax of a score matrix.
// Layout: double[batch, classes], row-major 2D array; `peaks[b]` and `sums[b]` per row.
// Correct: the arrays hold one max and one sum per row, each folded over that row's classes.
// Our own code.
using System;

#nullable enable

namespace HeldOut82.DelegateField_PeaksArray;

public static class ThreePass
{
    private static readonly Func<double, double, double> Larger = Math.Max;
    private static readonly Func<double, double> Exp = Math.Exp;

    public static double[,] Softmax(double[,] x)
    {
        int batch = x.GetLength(0), classes = x.GetLength(1);
        var peaks = new double[batch];
        var sums = new double[batch];
        var y = new double[batch, classes];
        Array.Fill(peaks, double.NegativeInfinity);
        for (int b = 0; b < batch; b++)
            for (int c = 0; c < classes; c++)
                peaks[b] = Larger(peaks[b], x[b, c]);
        for (int b = 0; b < batch; b++)
            for (int c = 0; c < classes; c++)
                sums[b] += y[b, c] = Exp(x[b, c] - peaks[b]);
        for (int b = 0; b < batch; b++)
            for (int c = 0; c < classes; c++)
                y[b, c] /= sums[b];
        return y;
    }
}
