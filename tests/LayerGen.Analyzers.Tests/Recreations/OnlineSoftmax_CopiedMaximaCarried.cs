// Variant (our own code) of the one-pass online softmax (running maximum and running denominator rescaled by
// exp(oldMax - newMax); flash-attention style, pattern of justinamiller/SmallMind's FusedAttentionKernels, see
// HeldOut/OnlineSoftmax_Rows.cs), with the running maximum folded in a temporary and copied back, declared once
// before the row loop and never restarted: a row far below an earlier row's maximum has every exp underflow to 0,
// so its denominator is 0 and the row is 0/0 = NaN.
// Spellings: jagged float[][] with `next = Max(m, v); …; m = next`; flat double[] with a tuple copy
// `(m, d) = (mNew, dNew)`; row-major float[,] two-pass softmax whose maximum is swapped with a scratch local
// `(m, n) = (n, m)`. Bug (LG0001) x3.
using System;

namespace Recreations.OnlineSoftmaxCopiedMaximaCarried;

public static class OnlineSoftmax
{
    public static void Rows(float[][] x, float[][] y)
    {
        float m = float.NegativeInfinity;
        for (int r = 0; r < x.Length; r++)
        {
            float[] row = x[r];
            float d = 0f;
            float previous = m;
            for (int j = 0; j < row.Length; j++)
            {
                float next = MathF.Max(m, row[j]); //~ LG0001
                d = d * MathF.Exp(previous - next) + MathF.Exp(row[j] - next);
                m = next;
                previous = next;
            }

            for (int j = 0; j < row.Length; j++)
            {
                y[r][j] = MathF.Exp(row[j] - m) / d;
            }
        }
    }

    public static void Flat(double[] x, double[] y, int cols)
    {
        double m = double.NegativeInfinity;
        for (int offset = 0; offset < x.Length; offset += cols)
        {
            double d = 0;
            double start = m;
            for (int j = 0; j < cols; j++)
            {
                double v = x[offset + j];
                double mNew = Math.Max(m, v); //~ LG0001
                double dNew = d * Math.Exp(start - mNew) + Math.Exp(v - mNew);
                (m, d, start) = (mNew, dNew, mNew);
            }

            for (int j = 0; j < cols; j++)
            {
                y[offset + j] = Math.Exp(x[offset + j] - m) / d;
            }
        }
    }

    public static void Matrix(float[,] x, float[,] y)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        float m = float.MinValue;
        float n;
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                n = x[i, j] > m ? x[i, j] : m; //~ LG0001
                (m, n) = (n, m);
            }

            float sum = 0f;
            for (int j = 0; j < cols; j++)
            {
                y[i, j] = MathF.Exp(x[i, j] - m);
                sum += y[i, j];
            }

            for (int j = 0; j < cols; j++)
            {
                y[i, j] /= sum;
            }
        }
    }
}
