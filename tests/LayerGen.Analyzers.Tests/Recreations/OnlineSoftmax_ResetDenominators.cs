// Re-creation (our own code) of the one-pass online softmax (running maximum, running denominator rescaled by
// exp(oldMax - newMax); pattern of justinamiller/SmallMind's FusedAttentionKernels, see
// HeldOut/OnlineSoftmax_Rows.cs) in the spellings of OnlineSoftmax_CarriedDenominators.cs, each denominator reset
// per row (at the top of the row, and after its use at the bottom of the row); and a flat version whose denominator
// is declared once before the rows but whose maximum restarts at -inf every row, so that the first rescale of a row,
// exp(-inf - v) = 0, clears what the previous row left in it.
// Layouts: jagged float[][] (compound `d *= exp; d += exp`), row-major double[,] (a `scale` local), flat float[]. Correct.
using System;

namespace Recreations.OnlineSoftmaxResetDenominators;

public static class OnlineSoftmax
{
    public static void Rows(float[][] x, float[][] y)
    {
        for (int r = 0; r < x.Length; r++)
        {
            float[] row = x[r];
            float m = row[0];
            float d = 0f;
            for (int j = 0; j < row.Length; j++)
            {
                float next = MathF.Max(m, row[j]);
                d *= MathF.Exp(m - next);
                d += MathF.Exp(row[j] - next);
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
                d = scale * d + Math.Exp(x[i, j] - next);
                m = next;
            }

            double inverse = 1.0 / d;
            for (int j = 0; j < cols; j++)
            {
                y[i, j] = Math.Exp(x[i, j] - m) * inverse;
            }

            d = 0;
        }
    }

    public static void Flat(float[] x, float[] y, int cols)
    {
        float d = 0f;
        for (int o = 0; o < x.Length; o += cols)
        {
            float m = float.NegativeInfinity;
            for (int j = 0; j < cols; j++)
            {
                float next = MathF.Max(m, x[o + j]);
                d = d * MathF.Exp(m - next) + MathF.Exp(x[o + j] - next);
                m = next;
            }

            for (int j = 0; j < cols; j++)
            {
                y[o + j] = MathF.Exp(x[o + j] - m) / d;
            }
        }
    }
}
