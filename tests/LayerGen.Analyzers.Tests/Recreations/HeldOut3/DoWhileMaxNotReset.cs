// Re-creates: the same C-port do-while softmax, batched over a flat buffer, with the max declared beside the row
// counter before the outer loop and only the sum re-zeroed per row.
// Layout: flat [rows, cols] row-major double[]; softmax axis = cols.
// Bug: LG0001 (max carried over from earlier rows).
using System;

namespace LayerGen.Recreations.HeldOut3.DoWhileMaxNotReset;

public static class ReverseSoftmax
{
    public static void Forward(double[] x, double[] y, int rows, int cols)
    {
        int r = 0;
        double max = double.NegativeInfinity;
        do
        {
            int o = r * cols;
            int i = cols - 1;
            do
            {
                max = Math.Max(max, x[o + i]); //~ LG0001
                i--;
            }
            while (i >= 0);

            double sum = 0;
            i = cols - 1;
            do
            {
                y[o + i] = Math.Exp(x[o + i] - max);
                sum += y[o + i];
                i--;
            }
            while (i >= 0);

            for (i = 0; i < cols; i++)
            {
                y[o + i] /= sum;
            }

            r++;
        }
        while (r < rows);
    }
}
