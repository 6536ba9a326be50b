// Idiom: loop unrolled by 4 with four partial maxima and four partial sums per row, scalar tail folded into the
// first partial (HPC double-precision kernel).
// Layout: row-major double[rows, n] via a flat double[] and a row base offset.
// Correct: every partial is declared inside the row loop.
using System;

namespace HeldOut31.Unroll4;

/// <summary>Unrolled double-precision batched softmax.</summary>
public static class PartialSumSoftmax
{
    /// <summary>Softmax of each n-wide row of <paramref name="x"/> into <paramref name="y"/>.</summary>
    public static void Forward(double[] x, double[] y, int rows, int n)
    {
        for (int r = 0; r < rows; r++)
        {
            int b = r * n;
            double m0 = double.NegativeInfinity, m1 = m0, m2 = m0, m3 = m0;
            int j = 0;
            for (; j + 4 <= n; j += 4)
            {
                m0 = Math.Max(m0, x[b + j]);
                m1 = Math.Max(m1, x[b + j + 1]);
                m2 = Math.Max(m2, x[b + j + 2]);
                m3 = Math.Max(m3, x[b + j + 3]);
            }

            for (; j < n; j++)
            {
                m0 = Math.Max(m0, x[b + j]);
            }

            double max = Math.Max(Math.Max(m0, m1), Math.Max(m2, m3));

            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            j = 0;
            for (; j + 4 <= n; j += 4)
            {
                y[b + j] = Math.Exp(x[b + j] - max);
                y[b + j + 1] = Math.Exp(x[b + j + 1] - max);
                y[b + j + 2] = Math.Exp(x[b + j + 2] - max);
                y[b + j + 3] = Math.Exp(x[b + j + 3] - max);
                s0 += y[b + j];
                s1 += y[b + j + 1];
                s2 += y[b + j + 2];
                s3 += y[b + j + 3];
            }

            for (; j < n; j++)
            {
                y[b + j] = Math.Exp(x[b + j] - max);
                s0 += y[b + j];
            }

            double inv = 1.0 / ((s0 + s1) + (s2 + s3));
            for (j = 0; j < n; j++)
            {
                y[b + j] *= inv;
            }
        }
    }
}
