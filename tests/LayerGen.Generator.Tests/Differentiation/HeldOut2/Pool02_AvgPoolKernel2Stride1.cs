// 1-D average pooling, kernel 2, stride 1: 8 inputs to 7 outputs, float, written with an inner accumulation loop.
// Re-creates: torch.nn.AvgPool1d(kernel_size=2, stride=1) on one channel (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(8, 7)]
public partial class AvgPoolKernel2Stride1
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        int kernel = 2;
        for (int o = 0; o < 7; o++)
        {
            float s = 0f;
            for (int k = 0; k < kernel; k++) s += x[o + k];
            y[o] = s / kernel;
        }
    }
}
