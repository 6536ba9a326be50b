// Variant (our own code) of a one-pass online softmax over flat rows (flash-attention style, as in
// justinamiller/SmallMind's FusedAttentionKernels): the running maximum is reset to each row's first value, but the
// running denominator d is declared before the row loop and carried (rescaled) into the next row.
// Layout: flat float[], row offset r * cols. Bug (LG0002): the denominator spans earlier rows.
using System;

namespace HeldOut.OnlineSoftmaxSumCarried;

public static class OnlineSoftmax
{
    public static void Forward(float[] x, float[] y, int rows, int cols)
    {
        float d = 0f;
        for (int r = 0; r < rows; r++)
        {
            int o = r * cols;
            float m = x[o];
            for (int j = 0; j < cols; j++)
            {
                float v = x[o + j];
                float next = MathF.Max(m, v);
                d = d * MathF.Exp(m - next) + MathF.Exp(v - next); //~ LG0002
                m = next;
            }

            for (int j = 0; j < cols; j++)
            {
                y[o + j] = MathF.Exp(x[o + j] - m) / d;
            }
        }
    }
}
