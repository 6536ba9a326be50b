// Squeeze-and-excitation (Hu et al. 2018) on a row laid out as 4 channels × 6 positions: mean over positions,
// FC 4→2, ReLU, FC 2→4, sigmoid, then each channel is rescaled. Learnable FC weights and biases.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(24)]
public partial class SqueezeExcitationChannels
{
    const int Channels = 4, Length = 6, Reduced = 2;

    static double Sigmoid(double v) => v >= 0 ? 1 / (1 + Math.Exp(-v)) : Math.Exp(v) / (1 + Math.Exp(v));

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(Reduced * Channels, StandardDeviation = 0.5)] ReadOnlySpan<double> w1,
        [Learnable(Reduced)] ReadOnlySpan<double> b1,
        [Learnable(Channels * Reduced, StandardDeviation = 0.5)] ReadOnlySpan<double> w2,
        [Learnable(Channels)] ReadOnlySpan<double> b2)
    {
        Span<double> squeeze = stackalloc double[Channels];
        for (int c = 0; c < Channels; c++)
        {
            double s = 0;
            for (int t = 0; t < Length; t++) s += x[c * Length + t];
            squeeze[c] = s / Length;
        }

        Span<double> hidden = stackalloc double[Reduced];
        for (int r = 0; r < Reduced; r++)
        {
            double s = b1[r];
            for (int c = 0; c < Channels; c++) s += w1[r * Channels + c] * squeeze[c];
            hidden[r] = Math.Max(0, s);
        }

        for (int c = 0; c < Channels; c++)
        {
            double s = b2[c];
            for (int r = 0; r < Reduced; r++) s += w2[c * Reduced + r] * hidden[r];
            double scale = Sigmoid(s);
            for (int t = 0; t < Length; t++) y[c * Length + t] = x[c * Length + t] * scale;
        }
    }
}
