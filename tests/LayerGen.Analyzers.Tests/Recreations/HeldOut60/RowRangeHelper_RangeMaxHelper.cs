// HeldOut60 — idiom: row ranges handed to SoftmaxRows(x, y, from, to), which asks a helper for "the range's maximum"
// (a worker-per-range batch job; the helper MaxOver is right for what it is given, the call gives it the whole range).
// Layout: double[][] jagged; Parallel.For over range indices, rowsPerRange rows each.
// Bug (LG0001): the maximum spans every row of the range (helper call), the sums are per row.
using System;
using System.Threading.Tasks;

namespace HeldOut60.RowRangeHelper_RangeMaxHelper;

public static class RangeWorker
{
    public static void Run(double[][] x, double[][] y, int rowsPerRange)
    {
        int ranges = (x.Length + rowsPerRange - 1) / rowsPerRange;
        Parallel.For(0, ranges, t =>
        {
            int from = t * rowsPerRange;
            int to = Math.Min(x.Length, from + rowsPerRange);
            SoftmaxRows(x, y, from, to);
        });
    }

    private static void SoftmaxRows(double[][] x, double[][] y, int from, int to)
    {
        double peak = MaxOver(x, from, to); //~ LG0001
        for (int r = from; r < to; r++)
        {
            double[] src = x[r];
            double[] dst = y[r];
            double sum = 0.0;
            for (int c = 0; c < src.Length; c++)
            {
                dst[c] = Math.Exp(src[c] - peak);
                sum += dst[c];
            }

            for (int c = 0; c < src.Length; c++)
            {
                dst[c] /= sum;
            }
        }
    }

    private static double MaxOver(double[][] x, int from, int to)
    {
        double best = double.NegativeInfinity;
        for (int r = from; r < to; r++)
        {
            foreach (double v in x[r])
            {
                best = Math.Max(best, v);
            }
        }

        return best;
    }
}
