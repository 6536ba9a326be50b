// Our own variant of a softmax whose normaliser comes from a private summing helper: double rows of a flat
// [batch, classes] buffer, each row shifted by its own max, then one Total(e) over the whole buffer (a foreach
// helper) divides every element. Bug (LG0002): rows sum to their share of the batch total, not to 1
// (two rows [0, 0] and [0, 0] give 0.25 each instead of 0.5).
using System;

namespace Recreations.HelperTotalWholeBatch;

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
        }

        double norm = Total(e);
        for (int n = 0; n < e.Length; n++)
        {
            e[n] = e[n] / norm;
        }

        return e;
    }

    private static double Total(double[] values)
    {
        double acc = 0;
        foreach (double v in values)
        {
            acc += v; //~ LG0002
        }

        return acc;
    }
}
