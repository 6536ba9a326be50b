// Idiom: statistics arrays prepared with Array.Fill(-inf) and AsSpan().Clear(); one pass fills peaks, one fills sums.
// Use: softmax per sample of a flat [batch, classes] buffer.
// Layout: flat row-major double[batch * classes] in, double[] out; peak[classes], total[batch].
// Bug: LG0004 — peak is indexed by class (folded over the batch, down the columns) while total is per sample (along the row).
// Our own code.
#nullable enable
using System;

namespace HeldOut80.FilledStats_PerClassPeaks;

public static class StatsSoftmax
{
    public static double[] Softmax(double[] x, int classes)
    {
        int batch = x.Length / classes;
        var peak = new double[classes];
        var total = new double[batch];
        Array.Fill(peak, double.NegativeInfinity);
        total.AsSpan().Clear();
        for (int b = 0; b < batch; b++)
        {
            for (int j = 0; j < classes; j++)
            {
                peak[j] = Math.Max(peak[j], x[b * classes + j]); //~ LG0004
            }
        }

        var y = new double[x.Length];
        for (int b = 0; b < batch; b++)
        {
            for (int j = 0; j < classes; j++)
            {
                y[b * classes + j] = Math.Exp(x[b * classes + j] - peak[j]);
                total[b] += y[b * classes + j];
            }
        }

        for (int i = 0; i < y.Length; i++)
        {
            y[i] /= total[i / classes];
        }

        return y;
    }
}
