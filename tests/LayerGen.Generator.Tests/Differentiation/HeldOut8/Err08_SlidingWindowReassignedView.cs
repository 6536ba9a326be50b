// A sliding three-tap smoother that walks the row by re-slicing one span view (window = window[1..]) each iteration —
// span views must be locals that are never reassigned (docs/custom-layers.md: other span locals are LG1117).
// Shape of: the "advance the span" idiom of C# parsers and System.Memory code, applied to a moving average (our own).
// expect: error
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(8, 6)]
public partial class SlidingWindowReassignedView
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        ReadOnlySpan<double> window = x;
        for (int i = 0; i < y.Length; i++)
        {
            y[i] = 0.25 * window[0] + 0.5 * window[1] + 0.25 * window[2];
            window = window[1..]; //~ LG11
        }
    }
}
