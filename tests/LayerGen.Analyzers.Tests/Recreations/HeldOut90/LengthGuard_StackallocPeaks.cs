// Idiom: length guards (ArgumentException when destination and source differ), stackalloc for small scratch, per-row peaks in a Span first.
// Use: allocation-light span softmax; rows' peaks computed in one pass, then used in the second.
// Layout: ReadOnlySpan<double> / Span<double>, row-major, `rows` rows; peaks[r] holds one max per row.
// Correct.
// Our own code.
using System;

namespace HeldOut90.LengthGuard_StackallocPeaks;

public static class SpanRows
{
    public static void Softmax(ReadOnlySpan<double> source, Span<double> destination, int rows)
    {
        if (destination.Length != source.Length)
        {
            throw new ArgumentException("Destination length must equal source length.", nameof(destination));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        if (source.Length % rows != 0)
        {
            throw new ArgumentException("Rows must divide the length.", nameof(rows));
        }

        int cols = source.Length / rows;
        Span<double> peaks = rows <= 64 ? stackalloc double[rows] : new double[rows];
        for (int r = 0; r < rows; r++)
        {
            double best = double.NegativeInfinity;
            foreach (double v in source.Slice(r * cols, cols))
            {
                best = Math.Max(best, v);
            }

            peaks[r] = best;
        }

        for (int r = 0; r < rows; r++)
        {
            double z = 0;
            for (int c = 0; c < cols; c++)
            {
                destination[r * cols + c] = Math.Exp(source[r * cols + c] - peaks[r]);
                z += destination[r * cols + c];
            }

            for (int c = 0; c < cols; c++)
            {
                destination[r * cols + c] /= z;
            }
        }
    }
}
