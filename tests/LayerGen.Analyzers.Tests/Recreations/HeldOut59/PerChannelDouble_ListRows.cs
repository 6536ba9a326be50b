// HeldOut59 — PerChannelDouble_ListRows. Idiom: uint8 rows with per-class scales and zero points dequantised to double
// by a local function; each row's maximum comes from a small same-type helper `RowPeak(x)`, then `Math.Exp` and the
// row's own sum. Use: host-side evaluation of a per-channel-quantised keyword/sensor model.
// Layout: List<byte[]> rows in, double[] scales and int[] zeroPoints per class; List<double[]> out.
// Correct.
using System;
using System.Collections.Generic;

namespace HeldOut59.PerChannelDouble_ListRows;

public static class HostEvaluation
{
    public static List<double[]> Softmax(List<byte[]> rows, double[] scales, int[] zeroPoints)
    {
        var result = new List<double[]>(rows.Count);
        foreach (byte[] row in rows)
        {
            var x = new double[row.Length];
            for (int k = 0; k < row.Length; k++)
            {
                x[k] = Dequantise(row[k], k);
            }

            double peak = RowPeak(x);
            var p = new double[x.Length];
            double sum = 0.0;
            for (int k = 0; k < x.Length; k++)
            {
                p[k] = Math.Exp(x[k] - peak);
                sum += p[k];
            }

            for (int k = 0; k < p.Length; k++)
            {
                p[k] /= sum;
            }

            result.Add(p);
        }

        return result;

        double Dequantise(byte q, int k) => (q - zeroPoints[k]) * scales[k];
    }

    private static double RowPeak(double[] x)
    {
        double peak = double.NegativeInfinity;
        foreach (double v in x)
        {
            if (v > peak) peak = v;
        }

        return peak;
    }
}
