// Correct look-alikes of HelperPeak_WholeBufferPeak: the same range helper and inline walks, each given the row's own
// range (r * n, n), so every shift is the peak of its own row; and a shift over the first half of a row's pair of
// halves (two softmaxes of n per row of 2n), whose range is one half.
// Source: the helper-per-reduction style of hand-written C# inference code (MaxRange/SumRange static helpers).
// Layout: flat double[] and float[] [rows · n] (row r at r * n), and [rows · 2n] for the halves.
using System;

namespace Recreations.HelperPeakRowPeak;

public static class HelperPeakRowPeak
{
    /// <summary>The range helper called with the row's range.</summary>
    public static void ThroughHelper(double[] x, double[] y, int rows, int n)
    {
        for (int r = 0; r < rows; r++)
        {
            double m = Peak(x, r * n, n);
            double sum = 0;
            for (int j = 0; j < n; j++) sum += y[r * n + j] = Math.Exp(x[r * n + j] - m);
            for (int j = 0; j < n; j++) y[r * n + j] /= sum;
        }
    }

    /// <summary>The row's walk written inline from a start and a count held in locals.</summary>
    public static void InlineRange(float[] x, float[] y, int rows, int n)
    {
        for (int r = 0; r < rows; r++)
        {
            int from = r * n, count = n;
            float m = float.NegativeInfinity;
            for (int j = from; j < from + count; j++) m = MathF.Max(m, x[j]);
            float sum = 0f;
            for (int j = 0; j < n; j++)
            {
                y[r * n + j] = MathF.Exp(x[r * n + j] - m);
                sum += y[r * n + j];
            }
            for (int j = 0; j < n; j++) y[r * n + j] /= sum;
        }
    }

    /// <summary>Two softmaxes of n per row of 2n: each half shifted by the peak of its own range.</summary>
    public static void Halves(double[] x, double[] y, int rows, int n)
    {
        for (int r = 0; r < rows; r++)
        {
            for (int h = 0; h < 2; h++)
            {
                int start = (2 * r + h) * n;
                double m = Peak(x, start, n);
                double sum = 0;
                for (int j = 0; j < n; j++) sum += y[start + j] = Math.Exp(x[start + j] - m);
                for (int j = 0; j < n; j++) y[start + j] /= sum;
            }
        }
    }

    private static double Peak(double[] v, int from, int count)
    {
        double m = double.NegativeInfinity;
        for (int j = from; j < from + count; j++) m = Math.Max(m, v[j]);
        return m;
    }
}
