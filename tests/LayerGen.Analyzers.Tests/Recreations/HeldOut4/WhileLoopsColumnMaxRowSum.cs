// Source: C# translations of C/Java batch softmax written with while loops (course code, forum answers):
// max pass, then exp + sum pass, then division, all with explicit counters.
// Layout: row-major [rows, cols] double, flat; colMax[j] from a while loop over rows; per-row sums.
// Bug: the max runs down each column (over rows) while the sum runs along each row (different axes).
using System;

namespace LayerGen.HeldOut4.WhileLoopsColumnMaxRowSum;

public static class WhileSoftmax
{
    public static void Forward(double[] x, double[] y, int rows, int cols)
    {
        var colMax = new double[cols];
        int j = 0;
        while (j < cols)
        {
            double m = x[j];
            int i = 1;
            while (i < rows)
            {
                m = Math.Max(m, x[i * cols + j]); //~ LG0004
                i++;
            }

            colMax[j] = m;
            j++;
        }

        int r = 0;
        while (r < rows)
        {
            double s = 0.0;
            int c = 0;
            while (c < cols)
            {
                y[r * cols + c] = Math.Exp(x[r * cols + c] - colMax[c]);
                s += y[r * cols + c];
                c++;
            }

            c = 0;
            while (c < cols)
            {
                y[r * cols + c] /= s;
                c++;
            }

            r++;
        }
    }
}
