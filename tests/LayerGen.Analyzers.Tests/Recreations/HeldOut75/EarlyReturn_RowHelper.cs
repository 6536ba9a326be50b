// Idiom: a row helper full of early returns (empty row, single entry, a row whose peak is +inf) and a `break` out
// of the peak scan when +inf is met; the caller walks the rows of a flat buffer and hands one slice at a time.
// Use: a reusable softmax for the output layer of a small network.
// Layout: flat float[rows * width], row-major, rows passed as spans.
// Correct: the helper gets exactly one row and shifts by that row's peak.
// Our own code.
using System;

namespace HeldOut75.EarlyReturn_RowHelper;

public static class RowHelper
{
    public static void Softmax(float[] x, float[] y, int width)
    {
        for (int o = 0; o + width <= x.Length; o += width)
            SoftmaxRow(x.AsSpan(o, width), y.AsSpan(o, width));
    }

    static void SoftmaxRow(ReadOnlySpan<float> row, Span<float> dst)
    {
        if (row.IsEmpty) return;
        if (row.Length == 1)
        {
            dst[0] = 1f;
            return;
        }
        float peak = float.NegativeInfinity;
        foreach (float v in row)
        {
            if (float.IsPositiveInfinity(v)) { peak = v; break; }
            if (v > peak) peak = v;
        }
        if (float.IsPositiveInfinity(peak))
        {
            for (int i = 0; i < row.Length; i++) dst[i] = float.IsPositiveInfinity(row[i]) ? 1f : 0f;
            return;
        }
        float sum = 0f;
        for (int i = 0; i < row.Length; i++) sum += dst[i] = MathF.Exp(row[i] - peak);
        for (int i = 0; i < row.Length; i++) dst[i] /= sum;
    }
}
