// A stackalloc buffer written, read, then overwritten and read again in a second pass (t = tanh(x); t = t * x + t).
// Re-creates: none; buffer reuse to save stack space.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(6)]
public partial class BufferOverwrittenTwice
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        Span<double> t = stackalloc double[6];
        for (int i = 0; i < 6; i++) t[i] = Math.Tanh(x[i]);
        for (int i = 0; i < 6; i++) t[i] = t[i] * x[i] + t[(i + 1) % 6];
        for (int i = 0; i < 6; i++) y[i] = t[i] * t[5 - i];
    }
}
