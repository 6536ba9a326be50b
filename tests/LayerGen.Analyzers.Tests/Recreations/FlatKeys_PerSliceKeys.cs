// Correct twins of FlatKeys_FlatSumOverRowKeys: both the maximum and the sum are keyed by the same slice of the
// flat index (`i / cols`, `i % batch`, `(i - start) / cols`), so each slice is one softmax. Correct.
// Layout: flat row-major [rows, cols] (softmax over cols) and column-major [classes, batch] (softmax over classes).
using System;

namespace Recreations.FlatKeysPerSlice;

public static class FlatKeyedSoftmax
{
    public static void RowMaxLocalKey(double[] x, double[] y, int rows, int cols)
    {
        var rowMax = new double[rows];
        var rowSum = new double[rows];
        Array.Fill(rowMax, double.NegativeInfinity);
        for (int i = 0; i < rows * cols; i++)
        {
            int row = i / cols;
            rowMax[row] = Math.Max(rowMax[row], x[i]);
        }

        for (int i = 0; i < rows * cols; i++)
        {
            y[i] = Math.Exp(x[i] - rowMax[i / cols]);
            rowSum[i / cols] += y[i];
        }

        for (int i = 0; i < rows * cols; i++)
        {
            y[i] *= 1.0 / rowSum[i / cols];
        }
    }

    public static void ColumnMajorRemainderKey(float[] z, float[] p, int classes, int batch)
    {
        Span<float> peak = stackalloc float[batch];
        Span<float> s = stackalloc float[batch];
        peak.Fill(float.MinValue);
        for (int i = 0; i < z.Length; i++)
        {
            if (z[i] > peak[i % batch]) peak[i % batch] = z[i];
        }

        for (int i = 0; i < z.Length; i++)
        {
            p[i] = MathF.Exp(z[i] - peak[i % batch]);
            s[i % batch] += p[i];
        }

        for (int i = 0; i < p.Length; i++)
        {
            p[i] = p[i] / s[i % batch];
        }
    }

    public static void OffsetWalkRowKey(float[] buffer, int start, int rows, int cols)
    {
        var rowMax = new float[rows];
        var rowSum = new float[rows];
        for (int r = 0; r < rows; r++) rowMax[r] = float.NegativeInfinity;
        int end = start + rows * cols;
        for (int i = start; i < end; i++)
        {
            rowMax[(i - start) / cols] = MathF.Max(rowMax[(i - start) / cols], buffer[i]);
        }

        for (int i = start; i < end; i++)
        {
            buffer[i] = MathF.Exp(buffer[i] - rowMax[(i - start) / cols]);
            rowSum[(i - start) / cols] += buffer[i];
        }

        for (int i = start; i < end; i++)
        {
            buffer[i] /= rowSum[(i - start) / cols];
        }
    }
}
