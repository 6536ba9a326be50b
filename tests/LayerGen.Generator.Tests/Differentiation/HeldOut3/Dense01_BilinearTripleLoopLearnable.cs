// expect: gradient
// Bilinear layer (torch.nn.Bilinear(3, 3, 2)) over the row's two halves: y[o] = Σ_i Σ_j x1[i] W[o, i, j] x2[j] + b[o],
// W flattened row-major into one learnable span, a triple nested loop with index o * 9 + i * 3 + j. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(6, 2)]
partial class BilinearHalves
{
    const int In1 = 3;
    const int In2 = 3;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(2 * In1 * In2, StandardDeviation = 0.3)] ReadOnlySpan<double> weight,
                           [Learnable(2)] ReadOnlySpan<double> bias)
    {
        for (int o = 0; o < y.Length; o++)
        {
            double acc = bias[o];
            for (int i = 0; i < In1; i++)
                for (int j = 0; j < In2; j++)
                    acc += x[i] * weight[o * In1 * In2 + i * In2 + j] * x[In1 + j];
            y[o] = acc;
        }
    }
}
