// Re-creation (our own code) of the one-pass "online" softmax (running maximum with the running sum rescaled by
// exp(oldMax - newMax)) used in flash-attention style kernels such as justinamiller/SmallMind's
// FusedAttentionKernels, over the rows of a flat buffer; the second pass uses the final maximum.
// Layout: flat float[], row offset r * cols. Correct.
using System;

namespace HeldOut.OnlineSoftmaxRows;

public static class OnlineSoftmax
{
    public static void Forward(float[] x, float[] y, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            int o = r * cols;
            float m = float.NegativeInfinity;
            float d = 0f;
            for (int j = 0; j < cols; j++)
            {
                float v = x[o + j];
                float next = MathF.Max(m, v);
                d = d * MathF.Exp(m - next) + MathF.Exp(v - next);
                m = next;
            }

            for (int j = 0; j < cols; j++)
            {
                y[o + j] = MathF.Exp(x[o + j] - m) / d;
            }
        }
    }
}
