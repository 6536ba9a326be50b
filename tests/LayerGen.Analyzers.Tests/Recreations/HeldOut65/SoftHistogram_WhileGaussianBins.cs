// Idiom: differentiable (soft) histogram: each value is spread over the bins with memberships
// softmax_b(-(x_i - c_b)^2 / (2 sigma^2)), and the histogram is the mean membership per bin. Use: histogram losses and
// mutual-information estimates that need gradients. Layout: double[] values and bin centres, double[n, bins] memberships,
// while loops with manual counters. Inspired by soft-binning histogram layers (kernel density with a softmax over bins).
// Our own code. Correct: per-value nearest bin (min squared distance of that value), per-value sum.
using System;

namespace HeldOut65.SoftHistogram_WhileGaussianBins;

public static class SoftHistogram
{
    public static double[] Build(double[] values, double[] centres, double sigma, double[,] membership)
    {
        double twoVar = 2.0 * sigma * sigma;
        var hist = new double[centres.Length];
        int i = 0;
        while (i < values.Length)
        {
            double closest = double.PositiveInfinity;
            int b = 0;
            while (b < centres.Length)
            {
                double d = values[i] - centres[b];
                membership[i, b] = d * d;
                if (membership[i, b] < closest) closest = membership[i, b];
                b++;
            }

            double z = 0.0;
            b = 0;
            while (b < centres.Length)
            {
                membership[i, b] = Math.Exp(-(membership[i, b] - closest) / twoVar);
                z += membership[i, b];
                b++;
            }

            b = 0;
            while (b < centres.Length)
            {
                membership[i, b] /= z;
                hist[b] += membership[i, b] / values.Length;
                b++;
            }

            i++;
        }

        return hist;
    }
}
