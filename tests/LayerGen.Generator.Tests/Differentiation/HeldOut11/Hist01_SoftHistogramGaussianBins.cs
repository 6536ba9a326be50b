// expect: gradient
// A differentiable histogram: each entry spreads a Gaussian kernel over eight bin centres (a static readonly
// table), normalised per entry so it adds one count, then the histogram is normalised to a distribution and its
// entropy −Σ p·log p appended. Shape of soft-histogram layers (e.g. for histogram losses in PyTorch), written from
// memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(10, 9)]
public partial class SoftHistogramGaussianBins
{
    static readonly double[] Centres = { -3.5, -2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.5 };
    const double Bandwidth = 0.6;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        Span<double> hist = y[..8];
        Span<double> weights = stackalloc double[8];
        foreach (double v in x)
        {
            double clipped = 4 * Math.Tanh(v / 4);
            double total = 0;
            for (int b = 0; b < Centres.Length; b++)
            {
                double d = (clipped - Centres[b]) / Bandwidth;
                weights[b] = Math.Exp(-0.5 * d * d);
                total += weights[b];
            }
            for (int b = 0; b < Centres.Length; b++) hist[b] += weights[b] / total;
        }

        double entropy = 0;
        for (int b = 0; b < hist.Length; b++)
        {
            hist[b] /= x.Length;
            entropy -= hist[b] * Math.Log(hist[b] + 1e-12);
        }
        y[^1] = entropy;
    }
}
