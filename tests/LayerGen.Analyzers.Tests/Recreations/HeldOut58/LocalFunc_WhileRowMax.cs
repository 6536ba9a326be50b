// HeldOut58 — a C softmax written with while loops and pointer-like offsets ("while (i < n) { ... i++; }"), ported
// with a local function for the row maximum that takes the row's offset. Our own code.
// Layout: double[] flat row-major [batch, classes]; softmax per row.
// Correct.
using System;

namespace HeldOut58.LocalFunc_WhileRowMax;

public static class CWhile
{
    public static double[] Softmax(double[] x, int batch, int classes)
    {
        var y = new double[x.Length];

        double RowMax(int off)
        {
            double m = x[off];
            int k = 1;
            while (k < classes)
            {
                m = Math.Max(m, x[off + k]);
                k++;
            }

            return m;
        }

        int r = 0;
        while (r < batch)
        {
            int off = r * classes;
            double mx = RowMax(off);
            double s = 0.0;
            int c = 0;
            while (c < classes)
            {
                y[off + c] = Math.Exp(x[off + c] - mx);
                s += y[off + c];
                c++;
            }

            c = 0;
            while (c < classes)
            {
                y[off + c] /= s;
                c++;
            }

            r++;
        }

        return y;
    }
}
