// A small dense layer y = W x + b with W stored row-major [out, in] (like torch.nn.Linear), 4 inputs to 3 outputs.
// Re-creates: NeuralNetwork.NET / KelpNet Linear forward for one sample (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(4, 3)]
public partial class LinearLearnableRowMajor
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(12, StandardDeviation = 0.5)] ReadOnlySpan<double> weight,
                           [Learnable(3)] ReadOnlySpan<double> bias)
    {
        for (int o = 0; o < 3; o++)
        {
            double acc = bias[o];
            for (int i = 0; i < 4; i++)
                acc += weight[o * 4 + i] * x[i];
            y[o] = acc;
        }
    }
}
