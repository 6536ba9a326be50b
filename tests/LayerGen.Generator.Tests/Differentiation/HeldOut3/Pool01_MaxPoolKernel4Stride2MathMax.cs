// expect: gradient
// rows: no-ties
// MaxPool1d(kernel_size=4, stride=2) over a row of 16 (torch.nn.MaxPool1d, no padding): 7 windows, the max folded
// with Math.Max from the first element, window start o * stride. no-ties: the output is a maximum. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(16, 7)]
partial class MaxPoolKernel4Stride2
{
    const int Kernel = 4;
    const int Stride = 2;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int o = 0; o < y.Length; o++)
        {
            int start = o * Stride;
            double m = x[start];
            for (int k = 1; k < Kernel; k++)
                m = Math.Max(m, x[start + k]);
            y[o] = m;
        }
    }
}
