// Normalisation: Switchable Normalization on a row of three groups × four channels, mixing instance-style statistics
// (per group) and layer statistics (whole row) with softmax importance weights learned separately for the mean and the
// variance, then a learnable per-channel gain and bias.
// Shape: Luo et al., "Differentiable Learning-to-Normalize via Switchable Normalization" (ICLR 2019), without the batch
// branch (one row), ported from the PyTorch module.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(12)]
public partial class SwitchableNormLearnableMix
{
    const int Groups = 3, Channels = 4;
    const double Epsilon = 1e-5;

    static (double Mean, double Variance) Moments(ReadOnlySpan<double> v)
    {
        double mean = 0;
        foreach (double a in v) mean += a;
        mean /= v.Length;
        double variance = 0;
        foreach (double a in v) variance += (a - mean) * (a - mean);
        return (mean, variance / v.Length);
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(2)] ReadOnlySpan<double> meanLogits,
        [Learnable(2)] ReadOnlySpan<double> varianceLogits,
        [Learnable(12, Initial = 1)] ReadOnlySpan<double> gain,
        [Learnable(12)] ReadOnlySpan<double> bias)
    {
        double wm = 1 / (1 + Math.Exp(meanLogits[1] - meanLogits[0]));          // softmax of two logits: weight of IN
        double wv = 1 / (1 + Math.Exp(varianceLogits[1] - varianceLogits[0]));
        var (layerMean, layerVariance) = Moments(x);

        for (int g = 0; g < Groups; g++)
        {
            var (groupMean, groupVariance) = Moments(x.Slice(g * Channels, Channels));
            double mean = wm * groupMean + (1 - wm) * layerMean;
            double variance = wv * groupVariance + (1 - wv) * layerVariance;
            double inverse = 1 / Math.Sqrt(variance + Epsilon);
            for (int c = 0; c < Channels; c++)
            {
                int i = g * Channels + c;
                y[i] = gain[i] * (x[i] - mean) * inverse + bias[i];
            }
        }
    }
}
