// HeldOut58 — a C helper "void exp_row(const double *x, int n, double shift, double *e, double *sum)" that adds into
// *sum, ported with a `ref double` parameter; the caller declares the total once above the row loop (as the C
// original did at function scope) and never resets it. Our own code.
// Layout: double[,] row-major [batch, classes]; softmax per row.
// Bug: LG0002 — the normaliser carries every earlier row's terms (marked at the fold in the same-type helper).
using System;

namespace HeldOut58.RefOut_RefTotalCarried;

public static class CPort
{
    public static double[,] Softmax(double[,] x)
    {
        int batch = x.GetLength(0);
        int classes = x.GetLength(1);
        var y = new double[batch, classes];
        double total = 0.0;
        for (int r = 0; r < batch; r++)
        {
            double shift = x[r, 0];
            for (int c = 1; c < classes; c++)
            {
                shift = Math.Max(shift, x[r, c]);
            }

            ExpRow(x, r, shift, y, ref total);
            for (int c = 0; c < classes; c++)
            {
                y[r, c] /= total;
            }
        }

        return y;
    }

    private static void ExpRow(double[,] x, int r, double shift, double[,] e, ref double total)
    {
        for (int c = 0; c < x.GetLength(1); c++)
        {
            e[r, c] = Math.Exp(x[r, c] - shift);
            total += e[r, c]; //~ LG0002
        }
    }
}
