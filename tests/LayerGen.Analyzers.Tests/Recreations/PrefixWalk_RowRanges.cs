// Variants (our own code) of HeldOut5/ArraySegmentPrefixTotal.cs, the correct twins of PrefixWalk_TotalsToRowEnd.cs:
// the normaliser's range starts where the row starts and ends where it ends (start/end offsets, `(r + 1) * cols`,
// ArraySegment Offset/Count, span slices of the row), and a causal prefix within a row (j <= r) stays in its row.
// Layouts: row-major flat float[] and double[] [rows, cols]; flat [T, T] attention scores. Correct.
using System;
using System.Linq;

namespace Recreations.PrefixWalk_RowRanges;

public static class RowRanges
{
    public static void StartToEndProduct(float[] x, float[] e, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            float m = float.MinValue;
            for (int j = 0; j < cols; j++) m = MathF.Max(m, x[r * cols + j]);
            for (int j = 0; j < cols; j++) e[r * cols + j] = MathF.Exp(x[r * cols + j] - m);
            float total = 0f;
            for (int i = r * cols; i < (r + 1) * cols; i++) total += e[i];
            for (int j = 0; j < cols; j++) e[r * cols + j] /= total;
        }
    }

    public static void SegmentOffsetToEnd(float[] x, float[] buffer, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            var seg = new ArraySegment<float>(x, r * cols, cols);
            float m = float.MinValue;
            foreach (float v in seg) m = MathF.Max(m, v);
            for (int j = 0; j < seg.Count; j++) buffer[seg.Offset + j] = MathF.Exp(seg[j] - m);
            float total = 0f;
            for (int i = seg.Offset; i < seg.Offset + seg.Count; i++) total += buffer[i];
            for (int j = 0; j < seg.Count; j++) buffer[seg.Offset + j] /= total;
        }
    }

    public static void RowSliceSpan(double[] x, double[] e, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            double m = double.NegativeInfinity;
            for (int j = 0; j < cols; j++) m = Math.Max(m, x[r * cols + j]);
            for (int j = 0; j < cols; j++) e[r * cols + j] = Math.Exp(x[r * cols + j] - m);
            double total = 0;
            foreach (double v in e.AsSpan(r * cols, cols)) total += v;
            for (int j = 0; j < cols; j++) e[r * cols + j] /= total;
        }
    }

    public static void RowArrayRange(float[] x, float[] e, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            float m = float.MinValue;
            for (int j = 0; j < cols; j++) m = MathF.Max(m, x[r * cols + j]);
            for (int j = 0; j < cols; j++) e[r * cols + j] = MathF.Exp(x[r * cols + j] - m);
            float total = e[(r * cols)..((r + 1) * cols)].Sum();
            for (int j = 0; j < cols; j++) e[r * cols + j] /= total;
        }
    }

    public static void CausalRowPrefix(float[] scores, float[] p, int T)
    {
        for (int r = 0; r < T; r++)
        {
            float m = float.MinValue;
            for (int j = 0; j <= r; j++) m = MathF.Max(m, scores[r * T + j]);
            float total = 0f;
            for (int j = 0; j < r + 1; j++)
            {
                p[r * T + j] = MathF.Exp(scores[r * T + j] - m);
                total += p[r * T + j];
            }

            for (int j = 0; j <= r; j++) p[r * T + j] /= total;
        }
    }
}
