// Idiom: loops unrolled by hand four wide, with four independent accumulators and a scalar tail.
// Use: a hot-path softmax for a small classifier, unrolled to help the JIT.
// Layout: flat float[rows * width], row-major.
// Correct: four partial peaks and four partial sums per row, combined per row; every exp is shifted by the row peak.
// Our own code.
using System;

namespace HeldOut75.Unrolled_FourLanes;

public static class Unrolled
{
    public static void Softmax(float[] x, float[] y, int rows, int width)
    {
        for (int r = 0; r < rows; r++)
        {
            int o = r * width, j = 0;
            float m0 = float.NegativeInfinity, m1 = m0, m2 = m0, m3 = m0;
            for (; j + 3 < width; j += 4)
            {
                if (x[o + j] > m0) m0 = x[o + j];
                if (x[o + j + 1] > m1) m1 = x[o + j + 1];
                if (x[o + j + 2] > m2) m2 = x[o + j + 2];
                if (x[o + j + 3] > m3) m3 = x[o + j + 3];
            }
            for (; j < width; j++) if (x[o + j] > m0) m0 = x[o + j];
            float m = MathF.Max(MathF.Max(m0, m1), MathF.Max(m2, m3));

            float s0 = 0f, s1 = 0f, s2 = 0f, s3 = 0f;
            for (j = 0; j + 3 < width; j += 4)
            {
                s0 += y[o + j] = MathF.Exp(x[o + j] - m);
                s1 += y[o + j + 1] = MathF.Exp(x[o + j + 1] - m);
                s2 += y[o + j + 2] = MathF.Exp(x[o + j + 2] - m);
                s3 += y[o + j + 3] = MathF.Exp(x[o + j + 3] - m);
            }
            for (; j < width; j++) s0 += y[o + j] = MathF.Exp(x[o + j] - m);
            float inv = 1f / (s0 + s1 + s2 + s3);
            for (j = 0; j < width; j++) y[o + j] *= inv;
        }
    }
}
