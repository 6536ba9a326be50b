// Bug variants (LG0002): per-row (or per-column) maxima kept in a small buffer keyed by the flat index (`i / cols`,
// `i % batch`), next to ONE sum over the whole flat buffer. The max is per slice, the sum spans the batch.
// Source: allocation-free flat softmax passes in C# inference code that keep row statistics keyed by `i / cols`
// (the shape of HeldOut6's StackallocRowMaxFlatSum, written anew with other spellings and layouts).
// Layout: flat row-major [rows, cols] (softmax over cols) and column-major [classes, batch] (softmax over classes).
using System;

namespace Recreations.FlatKeysFlatSum;

public static class FlatKeyedSoftmax
{
    // Row maxima keyed by a local `row = i / cols`, one double total over rows * cols.
    public static void RowMaxLocalKey(double[] x, double[] y, int rows, int cols)
    {
        var rowMax = new double[rows];
        Array.Fill(rowMax, double.NegativeInfinity);
        for (int i = 0; i < rows * cols; i++)
        {
            int row = i / cols;
            rowMax[row] = Math.Max(rowMax[row], x[i]);
        }

        double total = 0.0;
        for (int i = 0; i < rows * cols; i++)
        {
            y[i] = Math.Exp(x[i] - rowMax[i / cols]);
            total += y[i]; //~ LG0002
        }

        double inv = 1.0 / total;
        for (int i = 0; i < rows * cols; i++)
        {
            y[i] *= inv;
        }
    }

    // Column-major [classes, batch]: the maximum of sample b is keyed by i % batch; the sum is one flat total.
    public static void ColumnMajorRemainderKey(float[] z, float[] p, int classes, int batch)
    {
        Span<float> peak = stackalloc float[batch];
        peak.Fill(float.MinValue);
        for (int i = 0; i < z.Length; i++)
        {
            if (z[i] > peak[i % batch]) peak[i % batch] = z[i];
        }

        float s = 0f;
        for (int i = 0; i < z.Length; i++)
        {
            p[i] = MathF.Exp(z[i] - peak[i % batch]);
        }

        foreach (float e in p)
        {
            s += e; //~ LG0002
        }

        for (int i = 0; i < p.Length; i++)
        {
            p[i] = p[i] / s;
        }
    }

    // The walk starts at an offset into a larger buffer: the row key is (i - start) / cols.
    public static void OffsetWalkRowKey(float[] buffer, int start, int rows, int cols)
    {
        var rowMax = new float[rows];
        for (int r = 0; r < rows; r++) rowMax[r] = float.NegativeInfinity;
        int end = start + rows * cols;
        for (int i = start; i < end; i++)
        {
            rowMax[(i - start) / cols] = MathF.Max(rowMax[(i - start) / cols], buffer[i]);
        }

        float sum = 0f;
        for (int i = start; i < end; i++)
        {
            buffer[i] = MathF.Exp(buffer[i] - rowMax[(i - start) / cols]);
            sum += buffer[i]; //~ LG0002
        }

        for (int i = start; i < end; i++)
        {
            buffer[i] /= sum;
        }
    }
}
