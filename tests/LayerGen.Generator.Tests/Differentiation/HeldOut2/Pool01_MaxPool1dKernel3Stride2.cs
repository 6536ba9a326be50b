// 1-D max pooling, kernel 3, stride 2, no padding: 9 inputs to 4 outputs; max by `if` over each window.
// Re-creates: ConvNetSharp's PoolLayer forward loop reduced to one dimension (shape only; our own code).
// expect: gradient
// rows: no-ties
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(9, 4)]
public partial class MaxPool1dKernel3Stride2
{
    const int Kernel = 3;
    const int Stride = 2;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int o = 0; o < y.Length; o++)
        {
            double best = double.MinValue;
            for (int k = 0; k < Kernel; k++)
            {
                double v = x[o * Stride + k];
                if (v > best) best = v;
            }
            y[o] = best;
        }
    }
}
