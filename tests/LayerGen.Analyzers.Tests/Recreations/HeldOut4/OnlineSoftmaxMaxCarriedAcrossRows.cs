// Source: online (streaming) softmax in C# ports of flash-attention style kernels: running max m and running
// denominator d, rescaled as d * exp(m_old - m_new) + exp(x - m_new).
// Layout: row-major [rows, cols] double; m declared before the row loop, d reset per row.
// Bug: the running max is never reset per row, so it is the max over all rows so far (0/0 for a low row).
using System;

namespace LayerGen.HeldOut4.OnlineSoftmaxMaxCarriedAcrossRows;

public static class StreamingSoftmax
{
    public static void Forward(double[] x, double[] y, int rows, int cols)
    {
        double m = double.NegativeInfinity;
        for (int r = 0; r < rows; r++)
        {
            double d = 0.0;
            for (int c = 0; c < cols; c++)
            {
                double v = x[r * cols + c];
                double mNew = Math.Max(m, v); //~ LG0001
                d = d * Math.Exp(m - mNew) + Math.Exp(v - mNew);
                m = mNew;
            }

            for (int c = 0; c < cols; c++)
                y[r * cols + c] = Math.Exp(x[r * cols + c] - m) / d;
        }
    }
}
