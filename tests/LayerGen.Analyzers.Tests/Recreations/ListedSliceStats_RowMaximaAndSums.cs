// Variant (our own code) of a batched softmax keeping its per-row statistics in lists: the row maxima are appended
// to one List<double>, the sums of the shifted exps to another, each read back by row index in a final pass.
// Correct: every row is shifted by its own max and divided by its own sum. No diagnostic.
using System;
using System.Collections.Generic;

namespace Recreations.ListedSliceStats_RowMaximaAndSums;

public static class BatchSoftmax
{
    public static double[][] Forward(double[][] logits)
    {
        var maxima = new List<double>();
        foreach (var row in logits)
        {
            double peak = double.NegativeInfinity;
            for (int j = 0; j < row.Length; j++)
            {
                peak = Math.Max(peak, row[j]);
            }

            maxima.Add(peak);
        }

        var totals = new List<double>();
        for (int r = 0; r < logits.Length; r++)
        {
            double total = 0;
            for (int j = 0; j < logits[r].Length; j++)
            {
                total += Math.Exp(logits[r][j] - maxima[r]);
            }

            totals.Add(total);
        }

        var result = new double[logits.Length][];
        for (int r = 0; r < logits.Length; r++)
        {
            result[r] = new double[logits[r].Length];
            for (int j = 0; j < logits[r].Length; j++)
            {
                result[r][j] = Math.Exp(logits[r][j] - maxima[r]) / totals[r];
            }
        }

        return result;
    }
}
