// Idiom: online (one-pass) softmax statistics — a running max with the running sum rescaled by exp(old - new) — inside a
// two-variable row header `for (int r = 0, o = 0; r < rows; r++, o += cols)`.
// Use: row softmax for long rows, reading the logits once for the statistics.
// Layout: flat double[] row-major, output into a caller buffer.
// Correct: m and d start fresh for every row; the rescale keeps d equal to the row's sum of exp(x - m).
// Our own code.
using System;

namespace HeldOut79.Online_RescaledPerRow;

public static class OnlineRows
{
    public static void Forward(double[] x, double[] y, int rows, int cols)
    {
        for (int r = 0, o = 0; r < rows; r++, o += cols)
        {
            double m = double.NegativeInfinity, d = 0;
            for (int j = o; j < o + cols; j++)
            {
                double v = x[j];
                if (v > m)
                {
                    d *= Math.Exp(m - v);
                    m = v;
                }
                d += Math.Exp(v - m);
            }
            for (int j = o; j < o + cols; j++) y[j] = Math.Exp(x[j] - m) / d;
        }
    }
}
