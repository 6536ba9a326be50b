// A whole 2-layer MLP inside one custom layer: h = tanh(W1 x + b1) (3 hidden units, stackalloc), y = W2 h + b2.
// Re-creates: the TwoLayerNet of "Deep Learning from Scratch" (tanh instead of sigmoid) for one sample (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(4, 2)]
public partial class TwoLayerMlpInside
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(12, StandardDeviation = 0.5)] ReadOnlySpan<double> w1,
                           [Learnable(3)] ReadOnlySpan<double> b1,
                           [Learnable(6, StandardDeviation = 0.5)] ReadOnlySpan<double> w2,
                           [Learnable(2)] ReadOnlySpan<double> b2)
    {
        Span<double> hidden = stackalloc double[3];
        for (int j = 0; j < 3; j++)
        {
            double a = b1[j];
            for (int i = 0; i < 4; i++) a += x[i] * w1[i * 3 + j];
            hidden[j] = Math.Tanh(a);
        }
        for (int k = 0; k < 2; k++)
        {
            double o = b2[k];
            for (int j = 0; j < 3; j++) o += hidden[j] * w2[j * 2 + k];
            y[k] = o;
        }
    }
}
