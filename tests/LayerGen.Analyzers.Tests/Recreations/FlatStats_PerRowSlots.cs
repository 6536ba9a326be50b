// Correct: one flat walk over a whole row-major [rows, n] buffer (k = 0 .. rows * n) keeps its statistics in per-row
// slots named by the flat index divided by the row stride (`max[k / n]`, `(k - k % n) / n`, `Math.DivRem(k, n)`, a
// local `row = k / n`), each slot reset once per row before the walk. Every fold writes the slot of its own row, so
// each maximum and each sum is one row's. Column-major [classes, batch] keeps one slot per sample at `k % batch`.
// Source: allocation-light flat softmax passes in C# inference code (the review's report on stop 39).
using System;

namespace Recreations.FlatStatsPerRowSlots;

public static class FlatSlotSoftmax
{
    // The review's case: slots reset by a loop over rows, three flat passes over rows * n.
    public static void Softmax(float[] x, float[] y, int rows, int n)
    {
        var max = new float[rows]; var sum = new float[rows];
        for (int r = 0; r < rows; r++) { max[r] = float.NegativeInfinity; sum[r] = 0; }
        for (int k = 0; k < rows * n; k++) max[k / n] = Math.Max(max[k / n], x[k]);
        for (int k = 0; k < rows * n; k++) { y[k] = MathF.Exp(x[k] - max[k / n]); sum[k / n] += y[k]; }
        for (int k = 0; k < rows * n; k++) y[k] /= sum[k / n];
    }

    // The row named by subtracting the column first: (k - k % n) / n; while loops.
    public static void RowFromColumn(double[] x, double[] y, int rows, int n)
    {
        var max = new double[rows];
        var sum = new double[rows];
        for (int r = 0; r < rows; r++) max[r] = double.NegativeInfinity;
        int k = 0;
        while (k < rows * n)
        {
            int row = (k - k % n) / n;
            if (x[k] > max[row]) max[row] = x[k];
            k++;
        }

        for (int i = 0; i < rows * n; i++)
        {
            y[i] = Math.Exp(x[i] - max[(i - i % n) / n]);
            sum[(i - i % n) / n] += y[i];
        }

        for (int i = 0; i < rows * n; i++)
        {
            y[i] /= sum[(i - i % n) / n];
        }
    }

    // Math.DivRem names the row (and the column); spans over stackalloc'd slots.
    public static void DivRemRows(ReadOnlySpan<float> x, Span<float> y, int n)
    {
        int rows = x.Length / n;
        Span<float> peak = stackalloc float[rows];
        Span<float> total = stackalloc float[rows];
        peak.Fill(float.MinValue);
        total.Clear();
        for (int k = 0; k < x.Length; k++)
        {
            int row = Math.DivRem(k, n, out _);
            peak[row] = MathF.Max(peak[row], x[k]);
        }

        for (int k = 0; k < x.Length; k++)
        {
            int row = Math.DivRem(k, n).Quotient;
            y[k] = MathF.Exp(x[k] - peak[row]);
            total[row] += y[k];
        }

        for (int k = 0; k < y.Length; k++)
        {
            y[k] *= 1f / total[k / n];
        }
    }

    // Column-major [classes, batch]: sample b is every batch-th element, its slot is k % batch.
    public static void ColumnMajorSlots(float[] z, float[] p, int classes, int batch)
    {
        var peak = new float[batch];
        var s = new float[batch];
        for (int b = 0; b < batch; b++) { peak[b] = float.NegativeInfinity; s[b] = 0f; }
        for (int k = 0; k < classes * batch; k++) peak[k % batch] = MathF.Max(peak[k % batch], z[k]);
        for (int k = 0; k < classes * batch; k++) { p[k] = MathF.Exp(z[k] - peak[k % batch]); s[k % batch] += p[k]; }
        for (int k = 0; k < classes * batch; k++) p[k] /= s[k % batch];
    }

    // Both statistics of a row in one [rows, 2] array: stats[row, 0] is the maximum, stats[row, 1] the sum.
    public static void PairedSlots(float[] x, float[] y, int rows, int n)
    {
        var stats = new float[rows, 2];
        for (int r = 0; r < rows; r++) { stats[r, 0] = float.NegativeInfinity; stats[r, 1] = 0f; }
        for (int k = 0; k < rows * n; k++) stats[k / n, 0] = MathF.Max(stats[k / n, 0], x[k]);
        for (int k = 0; k < rows * n; k++) { y[k] = MathF.Exp(x[k] - stats[k / n, 0]); stats[k / n, 1] += y[k]; }
        for (int k = 0; k < rows * n; k++) y[k] /= stats[k / n, 1];
    }

    // Pointers: slots behind float*, the flat walk by pointer index.
    public static unsafe void PointerSlots(float* x, float* y, int rows, int n)
    {
        float* max = stackalloc float[rows];
        float* sum = stackalloc float[rows];
        for (int r = 0; r < rows; r++) { max[r] = float.NegativeInfinity; sum[r] = 0f; }
        for (int k = 0; k < rows * n; k++) max[k / n] = MathF.Max(max[k / n], x[k]);
        for (int k = 0; k < rows * n; k++) { y[k] = MathF.Exp(x[k] - max[k / n]); sum[k / n] += y[k]; }
        for (int k = 0; k < rows * n; k++) y[k] /= sum[k / n];
    }
}
