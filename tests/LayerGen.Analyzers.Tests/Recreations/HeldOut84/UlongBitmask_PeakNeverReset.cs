// Idiom: a `uint` keep-bit word per row tested with `(bits >> j & 1u) != 0`.
// Use: masked softmax over short rows (at most 32 positions).
// Layout: flat double[rows * width] row-major, uint[rows] keepBits.
// Bug (LG0001): the running peak `hi` is declared before the row loop and never reset, so a row is shifted by
// the largest kept value of itself and every earlier row.
// Our own code.
using System;

namespace HeldOut84.UlongBitmask_PeakNeverReset;

public static class BitRows
{
    public static double[] Softmax(double[] x, uint[] keepBits, int width)
    {
        var y = new double[x.Length];
        double hi = double.NegativeInfinity;
        for (int r = 0; r < keepBits.Length; r++)
        {
            int o = r * width;
            uint bits = keepBits[r];
            for (int j = 0; j < width; j++)
                if ((bits >> j & 1u) != 0 && x[o + j] > hi) hi = x[o + j]; //~ LG0001

            double acc = 0.0;
            for (int j = 0; j < width; j++)
            {
                if ((bits >> j & 1u) == 0) continue;
                y[o + j] = Math.Exp(x[o + j] - hi);
                acc += y[o + j];
            }
            for (int j = 0; j < width; j++) y[o + j] /= acc;
        }
        return y;
    }
}
