// Variants (our own code) of batched online softmaxes over a flat [rows, vocab] buffer, each row walked in clamped
// chunks (Math.Min(start + chunk, end)), whose running max and rescaled sum are declared once before the row loop and
// never reset: every row is shifted and divided by the statistics of all rows so far. float and double.
// Bugs: LG0001 (the running max spans every row), LG0002 (the running sum spans every row).
using System;

namespace Recreations.ChunkedAxisStatsCarriedAcrossRows;

public static class ChunkedRowsCarried
{
    public static void Softmax(double[] x, double[] y, int rows, int vocab, int chunk)
    {
        double m = double.NegativeInfinity, s = 0.0;
        for (int r = 0; r < rows; r++)
        {
            int rowEnd = r * vocab + vocab;
            for (int start = r * vocab; start < rowEnd; start += chunk)
            {
                int end = Math.Min(start + chunk, rowEnd);
                double local = double.NegativeInfinity;
                for (int i = start; i < end; i++) local = Math.Max(local, x[i]);
                double next = Math.Max(m, local); //~ LG0001
                s = s * Math.Exp(m - next);
                for (int i = start; i < end; i++) s += Math.Exp(x[i] - next); //~ LG0002
                m = next;
            }

            for (int c = 0; c < vocab; c++) y[r * vocab + c] = Math.Exp(x[r * vocab + c] - m) / s;
        }
    }
}
