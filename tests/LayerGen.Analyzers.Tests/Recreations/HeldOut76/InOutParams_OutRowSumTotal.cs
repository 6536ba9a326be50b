// Idiom: an `out double rowSum` parameter returned by an exp helper, added into a caller's running total.
// Use: softmax over the classes of each sample. Layout: flat double[batch * classes], row-major, offsets `r * classes`.
// Bug (LG0002): `total` is declared above the row loop and never reset; every row is divided by the total of all rows
// so far instead of its own rowSum.
// Our own code.
using System;

namespace HeldOut76.InOutParams_OutRowSumTotal;

public static class FlatSoftmax
{
    private static void ShiftedExp(ReadOnlySpan<double> src, Span<double> dst, out double rowSum)
    {
        double peak = double.NegativeInfinity;
        for (int i = 0; i < src.Length; i++)
        {
            peak = Math.Max(peak, src[i]);
        }

        rowSum = 0.0;
        for (int i = 0; i < src.Length; i++)
        {
            dst[i] = Math.Exp(src[i] - peak);
            rowSum += dst[i];
        }
    }

    public static void Run(double[] x, double[] y, int classes)
    {
        int batch = x.Length / classes;
        double total = 0.0;
        for (int r = 0; r < batch; r++)
        {
            var dst = y.AsSpan(r * classes, classes);
            ShiftedExp(x.AsSpan(r * classes, classes), dst, out double rowSum);
            total += rowSum; //~ LG0002
            for (int i = 0; i < classes; i++)
            {
                dst[i] /= total;
            }
        }
    }
}
