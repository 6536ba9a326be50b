// ReLU by overwriting: y[i] = x[i]; then `if (y[i] < 0) y[i] = 0;` — a read of y and a write that replaces it.
// Re-creates: the in-place `out[out < 0] = 0` idiom as a loop.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(8)]
public partial class ReluByOverwrite
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = x[i] * 1.5;
            if (y[i] < 0) y[i] = 0;
        }
    }
}
