// Idiom: blocked loop with a remainder tail — the max unrolled four ways (m0..m3) over `j <= cols - 4`, then a tail loop.
// Use: softmax per row of a flat batch, unrolled for instruction-level parallelism.
// Layout: ReadOnlySpan<float> rows sliced with `x.Slice(o, cols)`, `o += cols`; output into a Span<float>.
// Correct: the four partial maxima and the tail cover exactly one row and are combined before the exps.
// Our own code.
using System;

namespace HeldOut79.Blocked_FourWayPeakTail;

public static class Unrolled
{
    public static void Rows(ReadOnlySpan<float> x, Span<float> y, int cols)
    {
        for (int o = 0; o + cols <= x.Length; o += cols)
        {
            ReadOnlySpan<float> row = x.Slice(o, cols);
            Span<float> dst = y.Slice(o, cols);
            float m0 = float.NegativeInfinity, m1 = m0, m2 = m0, m3 = m0;
            int j = 0;
            for (; j <= cols - 4; j += 4)
            {
                m0 = MathF.Max(m0, row[j]);
                m1 = MathF.Max(m1, row[j + 1]);
                m2 = MathF.Max(m2, row[j + 2]);
                m3 = MathF.Max(m3, row[j + 3]);
            }
            for (; j < cols; j++) m0 = MathF.Max(m0, row[j]);
            float m = MathF.Max(MathF.Max(m0, m1), MathF.Max(m2, m3));
            float s = 0f;
            for (j = 0; j < cols; j++) s += dst[j] = MathF.Exp(row[j] - m);
            float inv = 1f / s;
            for (j = 0; j < cols; j++) dst[j] *= inv;
        }
    }
}
