// Idiom: stackalloc scratch — a `Span<float>` table of per-row peaks, then a stackalloc'd exp row per sample.
// Use: softmax over the last axis of a small flat [rows, cols] batch passed as spans.
// Layout: flat ReadOnlySpan<float>, row-major, row r at r * cols.
// Correct: the peak table holds one max per row (two passes), each row is shifted by its own entry and divided by
// its own sum.
// Our own code.
using System;

namespace HeldOut89.Stackalloc_RowPeakTable;

public static class TwoPassSoftmax
{
    public static void Softmax(ReadOnlySpan<float> x, Span<float> y, int rows, int cols)
    {
        Span<float> peaks = rows <= 64 ? stackalloc float[rows] : new float[rows];
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> row = x.Slice(r * cols, cols);
            float m = float.NegativeInfinity;
            foreach (float v in row)
            {
                if (v > m) m = v;
            }

            peaks[r] = m;
        }

        Span<float> scratch = stackalloc float[cols];
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> row = x.Slice(r * cols, cols);
            float s = 0f;
            for (int j = 0; j < cols; j++)
            {
                scratch[j] = MathF.Exp(row[j] - peaks[r]);
                s += scratch[j];
            }

            Span<float> dst = y.Slice(r * cols, cols);
            for (int j = 0; j < cols; j++)
            {
                dst[j] = scratch[j] / s;
            }
        }
    }
}
