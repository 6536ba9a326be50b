// Idiom: `delegate*<double, double, double>` combiner from `&Math.Max` and a `delegate*<double, double>` exp.
// Use: row softmax of a rectangular score matrix.
// Layout: double[batch, classes], row-major 2D array.
// Correct: the running max is declared (reset) inside the row loop and folded over that row's classes only.
// Our own code.
using System;

#nullable enable

namespace HeldOut82.PointerCombiner_PerRowReset;

public static unsafe class Combiners
{
    public static double[,] Softmax(double[,] x)
    {
        delegate*<double, double, double> larger = &Math.Max;
        delegate*<double, double> exp = &Math.Exp;
        int batch = x.GetLength(0), classes = x.GetLength(1);
        var y = new double[batch, classes];
        for (int b = 0; b < batch; b++)
        {
            double m = double.NegativeInfinity;
            for (int c = 0; c < classes; c++) m = larger(m, x[b, c]);
            double s = 0;
            for (int c = 0; c < classes; c++) s += y[b, c] = exp(x[b, c] - m);
            for (int c = 0; c < classes; c++) y[b, c] /= s;
        }

        return y;
    }
}
