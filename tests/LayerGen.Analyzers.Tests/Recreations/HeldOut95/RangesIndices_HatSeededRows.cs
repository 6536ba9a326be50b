// Idiom: ranges and indices (C# 8, everyday in C# 12 code) — row = x[(r * n)..((r + 1) * n)], peak seeded with row[^1]
// and folded over row[..^1].
// Use: batched scoring head over a flat activation buffer.
// Layout: flat double[batch * classes], row-major, viewed as spans.
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut95.RangesIndices_HatSeededRows;

public static class RangeSoftmax
{
    public static double[] Rows(double[] x, int n)
    {
        var y = new double[x.Length];
        ReadOnlySpan<double> all = x;
        for (int r = 0; r < x.Length / n; r++)
        {
            ReadOnlySpan<double> row = all[(r * n)..((r + 1) * n)];
            Span<double> dst = y.AsSpan()[(r * n)..((r + 1) * n)];
            double peak = row[^1];
            foreach (double v in row[..^1])
                if (v > peak) peak = v;

            double sum = 0;
            for (int j = 0; j < row.Length; j++)
                sum += dst[j] = Math.Exp(row[j] - peak);
            for (int j = 0; j < dst.Length; j++)
                dst[j] /= sum;
        }
        return y;
    }
}
