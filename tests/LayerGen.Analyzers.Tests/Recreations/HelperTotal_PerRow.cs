// Correct twin of HelperTotal_WholeBatch.cs: the summing helper is given one row slice at a time, so each row is
// divided by its own sum of exps (each row sums to 1; the largest term is exp(0) = 1, so no sum is 0).
using System;

namespace Recreations.HelperTotalPerRow;

public static class BatchSoftmax
{
    public static double[] Forward(double[] logits, int classes)
    {
        var e = new double[logits.Length];
        for (int b = 0; b < logits.Length / classes; b++)
        {
            double peak = double.NegativeInfinity;
            for (int k = 0; k < classes; k++)
            {
                peak = Math.Max(peak, logits[b * classes + k]);
            }

            for (int k = 0; k < classes; k++)
            {
                e[b * classes + k] = Math.Exp(logits[b * classes + k] - peak);
            }

            double norm = Total(e.AsSpan(b * classes, classes));
            for (int k = 0; k < classes; k++)
            {
                e[b * classes + k] /= norm;
            }
        }

        return e;
    }

    private static double Total(Span<double> values)
    {
        double acc = 0;
        for (int i = 0; i < values.Length; i++)
        {
            acc += values[i];
        }

        return acc;
    }
}
