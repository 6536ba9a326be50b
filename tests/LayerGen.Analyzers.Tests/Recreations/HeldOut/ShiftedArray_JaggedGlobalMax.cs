// Variant (our own code) of the numpy-translated softmax (shifted = x - max; exp(shifted)) lifted to a jagged batch:
// the shifted rows are built with one maximum taken over the whole batch, then exponentiated and summed per row.
// Layout: jagged double[][]; shift stored in shifted[i][j]. Bug (LG0001): the maximum spans every row.
using System;

namespace HeldOut.ShiftedArrayJaggedGlobalMax;

public static class NumpyStyleSoftmax
{
    public static double[][] Forward(double[][] x)
    {
        double max = double.NegativeInfinity;
        for (int i = 0; i < x.Length; i++)
        {
            for (int j = 0; j < x[i].Length; j++)
            {
                max = Math.Max(max, x[i][j]); //~ LG0001
            }
        }

        var result = new double[x.Length][];
        for (int i = 0; i < x.Length; i++)
        {
            var shifted = new double[x[i].Length];
            for (int j = 0; j < shifted.Length; j++)
            {
                shifted[j] = x[i][j] - max;
            }

            var e = new double[shifted.Length];
            double sum = 0;
            for (int j = 0; j < e.Length; j++)
            {
                e[j] = Math.Exp(shifted[j]);
                sum += e[j];
            }

            for (int j = 0; j < e.Length; j++)
            {
                e[j] /= sum;
            }

            result[i] = e;
        }

        return result;
    }
}
