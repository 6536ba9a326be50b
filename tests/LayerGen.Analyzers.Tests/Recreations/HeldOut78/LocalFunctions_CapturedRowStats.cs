// Idiom: captured locals `max` and `sum` declared once at the top, reassigned by local functions `Scan` and `Accumulate`
// called for every row.
// Use: softmax over each row of a flat row-major buffer.
// Layout: flat double[batch * classes], row-major, offset `off`.
// Correct: although `max` and `sum` live outside the row loop, each local function resets its own on entry
// (`max = -inf`, `sum = 0`) and folds only `[start, start + classes)`.
// Our own code.
using System;

namespace HeldOut78.LocalFunctions_CapturedRowStats;

public static class CapturedStats
{
    public static double[] Softmax(double[] x, int classes)
    {
        var y = new double[x.Length];
        double max = 0, sum = 0;
        for (int off = 0; off < x.Length; off += classes)
        {
            Scan(off);
            Accumulate(off);
            for (int j = 0; j < classes; j++) y[off + j] /= sum;
        }
        return y;

        void Scan(int start)
        {
            max = double.NegativeInfinity;
            for (int j = start; j < start + classes; j++) max = Math.Max(max, x[j]);
        }

        void Accumulate(int start)
        {
            sum = 0;
            for (int j = start; j < start + classes; j++) sum += y[j] = Math.Exp(x[j] - max);
        }
    }
}
