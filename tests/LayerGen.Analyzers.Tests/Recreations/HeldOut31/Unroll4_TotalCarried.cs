// Idiom: loop unrolled by 4 with four partial sums; the accumulators are hoisted above the row loop "to stay in
// registers" and the partials are zeroed per row, but the combined total is not (HPC float kernel).
// Layout: flat float[rows * n] with a row base offset; per-row max with MathF.Max.
// Bug LG0002: the total the row is divided by accumulates over every row so far.
using System;

namespace HeldOut31.Unroll4;

/// <summary>Unrolled batched softmax with hoisted accumulators.</summary>
public static class HoistedTotalSoftmax
{
    /// <summary>Softmax of each n-wide row of <paramref name="x"/> into <paramref name="y"/>.</summary>
    public static void Forward(float[] x, float[] y, int rows, int n)
    {
        float total = 0f, s0, s1, s2, s3;
        for (int r = 0; r < rows; r++)
        {
            int b = r * n;
            float max = x[b];
            for (int j = 1; j < n; j++)
            {
                max = MathF.Max(max, x[b + j]);
            }

            s0 = s1 = s2 = s3 = 0f;
            int k = 0;
            for (; k + 4 <= n; k += 4)
            {
                y[b + k] = MathF.Exp(x[b + k] - max);
                y[b + k + 1] = MathF.Exp(x[b + k + 1] - max);
                y[b + k + 2] = MathF.Exp(x[b + k + 2] - max);
                y[b + k + 3] = MathF.Exp(x[b + k + 3] - max);
                s0 += y[b + k];
                s1 += y[b + k + 1];
                s2 += y[b + k + 2];
                s3 += y[b + k + 3];
            }

            for (; k < n; k++)
            {
                y[b + k] = MathF.Exp(x[b + k] - max);
                s0 += y[b + k];
            }

            total += (s0 + s1) + (s2 + s3); //~ LG0002
            float inv = 1f / total;
            for (k = 0; k < n; k++)
            {
                y[b + k] *= inv;
            }
        }
    }
}
