// A static call counter incremented in the forward (state across rows): an error at the write is expected.
// Re-creates: none; instrumentation left in a layer.
// expect: error
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(4)]
public partial class StaticCounter
{
    static int calls;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        calls++; //~ LG11
        for (int i = 0; i < x.Length; i++) y[i] = 2 * x[i];
    }
}
