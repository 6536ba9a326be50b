// Loop headers as people write them: `i += 1`, `i <= x.Length - 1`, two declarators `int i = 0, n = x.Length`, ++i.
// Re-creates: none.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(6)]
public partial class LoopSpellings
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i += 1) y[i] = x[i];
        for (int i = 0; i <= x.Length - 1; ++i) y[i] *= x[i];
        for (int i = 0, n = x.Length; i < n; i++) y[i] += 1.0 / n;
    }
}
