// Bug variants: rows held as views into one buffer (ArraySegment<T>, Memory<T>, ReadOnlyMemory<T>) in a list or an
// array, a softmax meant per row, with one shift folded over every element of every row by nested loops: a row far
// below the top one underflows to 0/0 (LG0001 at the fold).
// Source: Krumhansl–Schmuckler key finding with a soft read-out over frame views (Temperley 1999), batched inference
// code that hands out per-sample Memory<float> slices of one pooled output buffer (ML.NET / ONNX Runtime output
// binding), token-level scores of ragged sequences packed into one array.
// Layouts: List<ArraySegment<double>> walked by foreach; ReadOnlyMemory<float>[] read through .Span; IReadOnlyList<
// Memory<float>> indexed by a for loop.
using System;
using System.Collections.Generic;

namespace Recreations.RowViewsWholeCollectionMax;

public static class WholeCollectionMax
{
    public static double[][] SegmentsForeach(List<ArraySegment<double>> rows)
    {
        double top = double.NegativeInfinity;
        foreach (var row in rows)
            foreach (double v in row)
                top = Math.Max(top, v); //~ LG0001

        var result = new double[rows.Count][];
        for (int r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            result[r] = new double[row.Count];
            double z = 0.0;
            for (int k = 0; k < row.Count; k++)
            {
                result[r][k] = Math.Exp(row[k] - top);
                z += result[r][k];
            }

            for (int k = 0; k < row.Count; k++)
                result[r][k] /= z;
        }

        return result;
    }

    public static void ReadOnlyMemoryRows(ReadOnlyMemory<float>[] rows, float[][] output)
    {
        float m = float.NegativeInfinity;
        foreach (var row in rows)
        {
            ReadOnlySpan<float> span = row.Span;
            for (int k = 0; k < span.Length; k++)
                m = MathF.Max(m, span[k]); //~ LG0001
        }

        for (int r = 0; r < rows.Length; r++)
        {
            ReadOnlySpan<float> span = rows[r].Span;
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
        float m = float.NegativeInfinity;
        for (int r = 0; r < rows.Count; r++)
        {
            Span<float> span = rows[r].Span;
            for (int k = 0; k < span.Length; k++)
                if (span[k] > m) m = span[k]; //~ LG0001
        }

        for (int r = 0; r < rows.Count; r++)
        {
            Span<float> span = rows[r].Span;
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
