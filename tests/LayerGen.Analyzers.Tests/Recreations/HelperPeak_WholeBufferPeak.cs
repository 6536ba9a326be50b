// Bug variants (LG0001): a row-major batch softmax whose shift is the peak of the whole buffer, taken inside the row
// loop through a range helper Peak(x, from, count) called with (0, rows * n), inline over [0, rows * n), and inline
// from a start and count held in locals. Each shift spans every row: a row far below the batch peak underflows to 0/0.
// Source: the helper-per-reduction style of hand-written C# inference code (a MaxRange/SumRange pair of static
// helpers, as in small NumPy-to-C# ports of the "deep learning from scratch" softmax), called with the wrong range.
// Layout: flat double[] and float[] [rows · n], row r at r * n.
using System;

namespace Recreations.HelperPeakWholeBufferPeak;

public static class HelperPeakWholeBufferPeak
{
    /// <summary>The range helper called with the whole buffer's range.</summary>
    public static void ThroughHelper(double[] x, double[] y, int rows, int n)
    {
        for (int r = 0; r < rows; r++)
        {
            double m = Peak(x, 0, rows * n); //~ LG0001
            double sum = 0;
            for (int j = 0; j < n; j++) sum += y[r * n + j] = Math.Exp(x[r * n + j] - m);
            for (int j = 0; j < n; j++) y[r * n + j] /= sum;
        }
    }

    /// <summary>The same walk written inline.</summary>
    public static void Inline(double[] x, double[] y, int rows, int n)
    {
        for (int r = 0; r < rows; r++)
        {
            double m = double.NegativeInfinity;
            for (int j = 0; j < rows * n; j++) m = Math.Max(m, x[j]); //~ LG0001
            double sum = 0;
            for (int j = 0; j < n; j++) sum += y[r * n + j] = Math.Exp(x[r * n + j] - m);
            for (int j = 0; j < n; j++) y[r * n + j] /= sum;
        }
    }

    /// <summary>Inline, from a start and a count held in locals (the helper's parameters written out).</summary>
    public static void InlineRange(float[] x, float[] y, int rows, int n)
    {
        for (int r = 0; r < rows; r++)
        {
            int from = 0, count = n * rows;
            float m = float.NegativeInfinity;
            for (int j = from; j < from + count; j++) m = MathF.Max(m, x[j]); //~ LG0001
            float sum = 0f;
            for (int j = 0; j < n; j++)
            {
                y[r * n + j] = MathF.Exp(x[r * n + j] - m);
                sum += y[r * n + j];
            }
            for (int j = 0; j < n; j++) y[r * n + j] /= sum;
        }
    }

    private static double Peak(double[] v, int from, int count)
    {
        double m = double.NegativeInfinity;
        for (int j = from; j < from + count; j++) m = Math.Max(m, v[j]);
        return m;
    }
}
