// Variant (our own code) of the one-pass online softmax (running maximum, running denominator rescaled by
// exp(oldMax - newMax)) as written in flash-attention style kernels (pattern of justinamiller/SmallMind's
// FusedAttentionKernels, re-created in HeldOut/OnlineSoftmax_Rows.cs), in two other spellings where the denominator is
// declared before the row loop and never reset: the maximum restarts at each row's first value, so the rescale
// factor of a row's first element is exp(0) = 1 and the previous rows' mass stays in the denominator.
// Layouts: jagged float[][] (compound `d *= exp; d += exp`), row-major double[,] (a `scale` local). Bug (LG0002) x2.
using System;

namespace Recreations.OnlineSoftmaxCarriedDenominators;

public static class OnlineSoftmax
{
    public static void Rows(float[][] x, float[][] y)
    {
        float d = 0f;
        for (int r = 0; r < x.Length; r++)
        {
            float[] row = x[r];
            float m = row[0];
            for (int j = 0; j < row.Length; j++)
            {
                float next = MathF.Max(m, row[j]);
                d *= MathF.Exp(m - next);
                d += MathF.Exp(row[j] - next); //~ LG0002
                m = next;
            }

            for (int j = 0; j < row.Length; j++)
            {
                y[r][j] = MathF.Exp(row[j] - m) / d;
            }
        }
    }

    public static void Matrix(double[,] x, double[,] y)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        double d = 0;
        for (int i = 0; i < rows; i++)
        {
            double m = x[i, 0];
            for (int j = 0; j < cols; j++)
            {
                double next = Math.Max(m, x[i, j]);
                double scale = Math.Exp(m - next);
                d = scale * d + Math.Exp(x[i, j] - next); //~ LG0002
                m = next;
            }

            double inverse = 1.0 / d;
            for (int j = 0; j < cols; j++)
            {
                y[i, j] = Math.Exp(x[i, j] - m) * inverse;
            }
        }
    }
}
