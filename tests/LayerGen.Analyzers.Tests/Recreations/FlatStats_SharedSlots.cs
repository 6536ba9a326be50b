// Bug variants of FlatStats_PerRowSlots / FlatStats_TileSlots: a flat walk over a row-major [rows, n] buffer whose
// statistics are NOT one row's. A maximum per column (`max[k % n]`) under a per-row sum (LG0004); one scalar maximum
// over the whole flat walk, or in slot 0, under per-row sums (LG0001); two rows sharing one sum slot
// (`sum[k / (2 * n)]`, reported at the per-row maximum as LG0004); per-row maxima keyed by `(k - k % n) / n` or
// `Math.DivRem` next to one sum over every row (LG0002). Carried slots are in FlatStats_CarriedSlots.
// Source: the stop-39 review's correct flat softmax with each statistic mis-keyed in turn.
using System;

namespace Recreations.FlatStatsSharedSlots;

public static class FlatSlotSoftmax
{
    // max[k % n] is a per-column maximum: it runs down the rows, the sum along them.
    public static void ColumnMaxRowSum(float[] x, float[] y, int rows, int n)
    {
        var max = new float[n]; var sum = new float[rows];
        for (int j = 0; j < n; j++) max[j] = float.NegativeInfinity;
        for (int k = 0; k < rows * n; k++) max[k % n] = Math.Max(max[k % n], x[k]); //~ LG0004
        for (int k = 0; k < rows * n; k++) { y[k] = MathF.Exp(x[k] - max[k % n]); sum[k / n] += y[k]; }
        for (int k = 0; k < rows * n; k++) y[k] /= sum[k / n];
    }

    // One maximum over the whole flat walk, per-row sums.
    public static void ScalarMaxRowSum(double[] x, double[] y, int rows, int n)
    {
        var sum = new double[rows];
        double max = double.NegativeInfinity;
        for (int k = 0; k < rows * n; k++) max = Math.Max(max, x[k]); //~ LG0001
        for (int k = 0; k < rows * n; k++) { y[k] = Math.Exp(x[k] - max); sum[k / n] += y[k]; }
        for (int k = 0; k < rows * n; k++) y[k] /= sum[k / n];
    }

    // Slot 0 of the maximum buffer folded by every element: one maximum over the whole walk.
    public static void FirstSlotMaxRowSum(float[] x, float[] y, int rows, int n)
    {
        var max = new float[rows]; var sum = new float[rows];
        max[0] = float.NegativeInfinity;
        for (int k = 0; k < rows * n; k++) max[0] = MathF.Max(max[0], x[k]); //~ LG0001
        for (int k = 0; k < rows * n; k++) { y[k] = MathF.Exp(x[k] - max[0]); sum[k / n] += y[k]; }
        for (int k = 0; k < rows * n; k++) y[k] /= sum[k / n];
    }

    // Rows 2q and 2q + 1 share sum slot q: the sum spans two rows, each shifted by its own row's maximum. Reported at the
    // maximum as a maximum over another axis than the sum's (one row against a pair of rows); the fix is the same.
    public static void PairedRowSum(float[] x, float[] y, int rows, int n)
    {
        var max = new float[rows]; var sum = new float[rows];
        for (int r = 0; r < rows; r++) { max[r] = float.NegativeInfinity; sum[r] = 0f; }
        for (int k = 0; k < rows * n; k++) max[k / n] = MathF.Max(max[k / n], x[k]); //~ LG0004
        for (int k = 0; k < rows * n; k++) { y[k] = MathF.Exp(x[k] - max[k / n]); sum[k / (2 * n)] += y[k]; }
        for (int k = 0; k < rows * n; k++) y[k] /= sum[k / (2 * n)];
    }

    // The row named by (k - k % n) / n keys the maximum, but the sum is one total over every row.
    public static void RowFromColumnFlatTotal(double[] x, double[] y, int rows, int n)
    {
        var max = new double[rows];
        for (int r = 0; r < rows; r++) max[r] = double.NegativeInfinity;
        for (int k = 0; k < rows * n; k++) max[(k - k % n) / n] = Math.Max(max[(k - k % n) / n], x[k]);
        double total = 0;
        for (int k = 0; k < rows * n; k++) { y[k] = Math.Exp(x[k] - max[(k - k % n) / n]); total += y[k]; } //~ LG0002
        for (int k = 0; k < rows * n; k++) y[k] /= total;
    }

    // Math.DivRem names each row's maximum; the sum runs over the whole span.
    public static void DivRemFlatTotal(ReadOnlySpan<float> x, Span<float> y, int n)
    {
        Span<float> peak = stackalloc float[x.Length / n];
        peak.Fill(float.MinValue);
        for (int k = 0; k < x.Length; k++)
        {
            int row = Math.DivRem(k, n, out _);
            peak[row] = MathF.Max(peak[row], x[k]);
        }

        float total = 0f;
        for (int k = 0; k < x.Length; k++)
        {
            y[k] = MathF.Exp(x[k] - peak[Math.DivRem(k, n).Quotient]);
            total += y[k]; //~ LG0002
        }

        for (int k = 0; k < y.Length; k++) y[k] /= total;
    }
}
