// Re-creation (our own code) of the one-pass online softmax of OnlineSoftmax_CopiedMaximaCarried.cs (pattern of
// justinamiller/SmallMind's FusedAttentionKernels, see HeldOut/OnlineSoftmax_Rows.cs), each running maximum folded in
// a temporary and copied back, and restarted for every row: the silent twins of that file's three bugs.
// Spellings: jagged float[][] with `next = Max(m, v); …; m = next` (restart at -inf); flat double[] with a tuple copy
// `(m, d) = (mNew, dNew)` (restart by a tuple literal); row-major float[,] two-pass softmax whose maximum is swapped
// with a scratch local `(m, n) = (n, m)` (restart at the row's first value). Correct.
using System;

namespace Recreations.OnlineSoftmaxCopiedMaximaPerRow;

public static class OnlineSoftmax
{
    public static void Rows(float[][] x, float[][] y)
    {
        for (int r = 0; r < x.Length; r++)
        {
            float[] row = x[r];
            float m = float.NegativeInfinity;
            float d = 0f;
            float previous = m;
            for (int j = 0; j < row.Length; j++)
            {
                float next = MathF.Max(m, row[j]);
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
        for (int offset = 0; offset < x.Length; offset += cols)
        {
            var (m, d) = (double.NegativeInfinity, 0.0);
            for (int j = 0; j < cols; j++)
            {
                double v = x[offset + j];
                double mNew = Math.Max(m, v);
                double dNew = d * Math.Exp(m - mNew) + Math.Exp(v - mNew);
                (m, d) = (mNew, dNew);
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
        float n;
        for (int i = 0; i < rows; i++)
        {
            float m = x[i, 0];
            for (int j = 1; j < cols; j++)
            {
                n = x[i, j] > m ? x[i, j] : m;
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
