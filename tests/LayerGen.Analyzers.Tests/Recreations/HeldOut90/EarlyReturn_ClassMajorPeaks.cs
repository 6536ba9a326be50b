// Idiom: early returns for degenerate shapes (empty batch, a single class filled with 1); per-sample peaks stored in an array first.
// Use: output layer over a class-major buffer.
// Layout: flat double[classes * batch], class-major: sample b's class c at c * batch + b; peaks[b] holds one max per sample.
// Correct.
// Our own code.
using System;

namespace HeldOut90.EarlyReturn_ClassMajorPeaks;

public static class ClassMajorOutput
{
    public static void Forward(double[] x, double[] y, int classes, int batch)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (batch == 0 || classes == 0)
        {
            return;
        }

        if (classes == 1)
        {
            Array.Fill(y, 1.0, 0, batch);
            return;
        }

        var peaks = new double[batch];
        Array.Fill(peaks, double.NegativeInfinity);
        for (int c = 0; c < classes; c++)
        {
            for (int b = 0; b < batch; b++)
            {
                peaks[b] = Math.Max(peaks[b], x[c * batch + b]);
            }
        }

        var sums = new double[batch];
        for (int c = 0; c < classes; c++)
        {
            for (int b = 0; b < batch; b++)
            {
                double e = Math.Exp(x[c * batch + b] - peaks[b]);
                y[c * batch + b] = e;
                sums[b] += e;
            }
        }

        for (int c = 0; c < classes; c++)
        {
            for (int b = 0; b < batch; b++)
            {
                y[c * batch + b] /= sums[b];
            }
        }
    }
}
