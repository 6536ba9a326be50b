// Variant (our own code) of a batched softmax with its row statistics in lists: each row's max is appended to one
// list (reset per row), the sum of the row's shifted exps to another, but the sum is declared once before the row loop
// and never reset. Bug: the r-th listed sum holds the exps of rows 0..r, so every row after the first is divided by a
// sum over other rows' exps as well: LG0002 on the sum's accumulation. The max is per row (no LG0001, no LG0003).
using System;
using System.Collections.Generic;

namespace Recreations.ListedSliceStats_CarriedFlatSum;

public static class BatchSoftmax
{
    public static double[][] Forward(double[][] logits)
    {
        var maxima = new List<double>();
        for (int r = 0; r < logits.Length; r++)
        {
            double peak = double.NegativeInfinity;
            for (int j = 0; j < logits[r].Length; j++)
            {
                peak = Math.Max(peak, logits[r][j]);
            }

            maxima.Add(peak);
        }

        var sums = new List<double>();
        double sum = 0.0;
        for (int r = 0; r < logits.Length; r++)
        {
            for (int j = 0; j < logits[r].Length; j++)
            {
                sum += Math.Exp(logits[r][j] - maxima[r]); //~ LG0002
            }

            sums.Add(sum);
        }

        var result = new double[logits.Length][];
        for (int r = 0; r < logits.Length; r++)
        {
            result[r] = new double[logits[r].Length];
            for (int j = 0; j < logits[r].Length; j++)
            {
                result[r][j] = Math.Exp(logits[r][j] - maxima[r]) / sums[r];
            }
        }

        return result;
    }
}
