// DSP: a moving-average (boxcar FIR) smoother whose number of taps, 1..8, is chosen per row from the first entry,
// with the kernel buffer stackalloc'ed at that length — a buffer whose length changes per row is outside the subset
// (allocate the largest and use part of it).
// Shape: an adaptive-smoothing snippet from a sensor-processing C# codebase.
// expect: error
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(12)]
public partial class MovingAverageTapsFromData
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double reach = 1 + 3.5 * (1 + Math.Tanh(x[0]));
        int taps = (int)reach;
        Span<double> kernel = stackalloc double[taps]; //~ LG11
        kernel.Fill(1.0 / kernel.Length);
        for (int i = 0; i < x.Length; i++)
        {
            double acc = 0;
            for (int k = 0; k < kernel.Length; k++)
                acc += kernel[k] * x[Math.Max(i - k, 0)];
            y[i] = acc;
        }
    }
}
