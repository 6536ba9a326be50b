// Correct twins of RowViews_WholeCollectionMax: the same row views (List<ArraySegment<double>>, ReadOnlyMemory<float>[],
// IReadOnlyList<Memory<float>>), each row shifted by its own maximum and divided by its own sum; the largest value
// of the whole collection is also computed, but only returned (a confidence read-out), never subtracted.
// Source: key finding over frame views, pooled per-sample output slices, packed ragged token scores.
using System;
using System.Collections.Generic;

namespace Recreations.RowViewsPerRowMax;

public static class PerRowMax
{
    public static double SegmentsForeach(List<ArraySegment<double>> rows, double[][] result)
    {
        double overall = double.NegativeInfinity;
        foreach (var row in rows)
            foreach (double v in row)
                overall = Math.Max(overall, v);

        for (int r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            double top = double.NegativeInfinity;
            foreach (double v in row)
                top = Math.Max(top, v);
            double z = 0.0;
            for (int k = 0; k < row.Count; k++)
            {
                result[r][k] = Math.Exp(row[k] - top);
                z += result[r][k];
            }

            for (int k = 0; k < row.Count; k++)
                result[r][k] /= z;
        }

        return overall;
    }

    public static void ReadOnlyMemoryRows(ReadOnlyMemory<float>[] rows, float[][] output)
    {
        for (int r = 0; r < rows.Length; r++)
        {
            ReadOnlySpan<float> span = rows[r].Span;
            float m = float.NegativeInfinity;
            for (int k = 0; k < span.Length; k++)
                m = MathF.Max(m, span[k]);
            float z = 0f;
            for (int k = 0; k < span.Length; k++)
            {
                output[r][k] = MathF.Exp(span[k] - m);
                z += output[r][k];
            }

            for (int k = 0; k < span.Length; k++)
                output[r][k] /= z;
        }
    }

    public static void MemoryRowsInPlace(IReadOnlyList<Memory<float>> rows)
    {
        foreach (var row in rows)
        {
            Span<float> span = row.Span;
            float m = float.NegativeInfinity;
            for (int k = 0; k < span.Length; k++)
                if (span[k] > m) m = span[k];
            float z = 0f;
            for (int k = 0; k < span.Length; k++)
            {
                span[k] = MathF.Exp(span[k] - m);
                z += span[k];
            }

            for (int k = 0; k < span.Length; k++)
                span[k] /= z;
        }
    }
}
