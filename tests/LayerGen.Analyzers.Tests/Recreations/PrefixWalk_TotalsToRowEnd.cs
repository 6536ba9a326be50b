// Variants (our own code) of HeldOut5/ArraySegmentPrefixTotal.cs, in the shapes of flat-buffer batch kernels that keep
// one shared exp buffer (ArraySegment rows, start/end offsets, span slices): the normaliser is summed from the start of
// the shared buffer to the end of the current row, so every earlier row's exps are added too.
// Layouts: row-major flat float[] and double[] [rows, cols].
// Bug: LG0002 (the sum spans every row up to the current one), at the sum's fold.
using System;
using System.Linq;

namespace Recreations.PrefixWalk_TotalsToRowEnd;

public static class PrefixTotals
{
    public static void EndOfRowProduct(float[] x, float[] e, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            float m = float.MinValue;
            for (int j = 0; j < cols; j++) m = MathF.Max(m, x[r * cols + j]);
            for (int j = 0; j < cols; j++) e[r * cols + j] = MathF.Exp(x[r * cols + j] - m);
            float total = 0f;
            for (int i = 0; i < (r + 1) * cols; i++) total += e[i]; //~ LG0002
            for (int j = 0; j < cols; j++) e[r * cols + j] /= total;
        }
    }

    public static void RowEndLocalWhile(double[] x, double[] e, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            int rowStart = r * cols;
            double m = double.NegativeInfinity;
            for (int j = 0; j < cols; j++) m = Math.Max(m, x[rowStart + j]);
            for (int j = 0; j < cols; j++) e[rowStart + j] = Math.Exp(x[rowStart + j] - m);
            double total = 0;
            int i = 0;
            while (i < rowStart + cols)
            {
                total += e[i]; //~ LG0002
                i++;
            }

            for (int j = 0; j < cols; j++) e[rowStart + j] /= total;
        }
    }

    public static void SegmentEndWhile(float[] x, float[] buffer, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            var seg = new ArraySegment<float>(x, r * cols, cols);
            float m = float.MinValue;
            foreach (float v in seg) m = MathF.Max(m, v);
            for (int j = 0; j < seg.Count; j++) buffer[seg.Offset + j] = MathF.Exp(seg[j] - m);
            float total = 0f;
            int i = 0;
            while (seg.Offset + seg.Count > i)
            {
                total += buffer[i]; //~ LG0002
                i += 1;
            }

            for (int j = 0; j < seg.Count; j++) buffer[seg.Offset + j] /= total;
        }
    }

    public static void PrefixSpanForeach(float[] x, float[] e, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            float m = float.MinValue;
            for (int j = 0; j < cols; j++) m = MathF.Max(m, x[r * cols + j]);
            for (int j = 0; j < cols; j++) e[r * cols + j] = MathF.Exp(x[r * cols + j] - m);
            float total = 0f;
            foreach (float v in e.AsSpan(0, (r + 1) * cols)) total += v; //~ LG0002
            for (int j = 0; j < cols; j++) e[r * cols + j] /= total;
        }
    }

    public static void PrefixArrayRangeSum(float[] x, float[] e, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            int end = r * cols + cols;
            float m = float.MinValue;
            for (int j = 0; j < cols; j++) m = MathF.Max(m, x[r * cols + j]);
            for (int j = 0; j < cols; j++) e[r * cols + j] = MathF.Exp(x[r * cols + j] - m);
            float total = e[..end].Sum(); //~ LG0002
            for (int j = 0; j < cols; j++) e[r * cols + j] /= total;
        }
    }

    public static void PrefixSpanRange(float[] x, float[] e, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            int end = r * cols + cols;
            float m = float.MinValue;
            for (int j = 0; j < cols; j++) m = MathF.Max(m, x[r * cols + j]);
            for (int j = 0; j < cols; j++) e[r * cols + j] = MathF.Exp(x[r * cols + j] - m);
            Span<float> seen = e;
            float total = 0f;
            foreach (float v in seen[..end]) total += v; //~ LG0002
            for (int j = 0; j < cols; j++) e[r * cols + j] /= total;
        }
    }
}
