// A tanh layer whose loop is spelled with a label and goto (ported from old C / BASIC-style numerical code):
// goto is outside any structured subset.
// expect: error
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(8)]
public partial class GotoLoopLabel
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int i = 0;
        next: if (i < x.Length) { y[i] = Math.Tanh(x[i]); i++; goto next; } //~ LG11
    }
}
