// Re-creates: the online softmax with its running sum hoisted out of the row loop (declared with the other buffers)
// while the running max is re-seeded per row from the row's first logit. (Seeded with -inf instead, the first
// rescale exp(-inf - m) = 0 would clear the carried sum and the code would be right: checked numerically.)
// Layout: flat [rows, cols] row-major double[]; softmax axis = cols.
// Bug: LG0002 (running sum carried across rows).
using System;

namespace LayerGen.Recreations.HeldOut3.OnlineSoftmaxSumNotReset;

public static class OnlineSoftmax
{
    public static void Forward(double[] x, double[] y, int rows, int cols)
    {
        double d = 0;
        for (int r = 0; r < rows; r++)
        {
            int o = r * cols;
            double m = x[o];
            for (int c = 0; c < cols; c++)
            {
                double mNew = Math.Max(m, x[o + c]);
                d = d * Math.Exp(m - mNew) + Math.Exp(x[o + c] - mNew); //~ LG0002
                m = mNew;
            }

            for (int c = 0; c < cols; c++)
            {
                y[o + c] = Math.Exp(x[o + c] - m) / d;
            }
        }
    }
}
