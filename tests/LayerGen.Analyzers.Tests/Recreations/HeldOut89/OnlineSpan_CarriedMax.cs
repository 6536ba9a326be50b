// Idiom: one-pass online softmax over `ReadOnlySpan<double>.Slice` rows with a `Math.Max` running maximum.
// Use: softmax per sample of a flat batch, statistics gathered in one read of each sample.
// Layout: flat ReadOnlySpan<double>, row-major, sample b at b * width; output Span<double> in the same layout.
// Bug (LG0001): the running max `run` is declared above the sample loop and never restarted (only the denominator is),
// so a sample is shifted by the max of every sample before it as well.
// Our own code.
using System;

namespace HeldOut89.OnlineSpan_CarriedMax;

public static class OnlineRows
{
    public static void Softmax(ReadOnlySpan<double> x, Span<double> y, int width)
    {
        int samples = x.Length / width;
        double run = double.NegativeInfinity;
        for (int b = 0; b < samples; b++)
        {
            ReadOnlySpan<double> sample = x.Slice(b * width, width);
            double denom = 0;
            foreach (double v in sample)
            {
                double next = Math.Max(run, v); //~ LG0001
                denom = denom * Math.Exp(run - next) + Math.Exp(v - next);
                run = next;
            }

            Span<double> target = y.Slice(b * width, width);
            for (int k = 0; k < width; k++)
            {
                target[k] = Math.Exp(sample[k] - run) / denom;
            }
        }
    }
}
