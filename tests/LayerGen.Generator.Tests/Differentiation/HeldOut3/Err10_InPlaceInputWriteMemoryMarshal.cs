// expect: error
// An in-place ReLU on the input row "to save memory", reaching through the read-only span with MemoryMarshal
// (CreateSpan over GetReference), then copying to y: ForwardRow writes outside its output row. Expected: an LG11xx
// error at the MemoryMarshal line. Our own code.
using System;
using System.Runtime.InteropServices;
using LayerGen;

[DifferentiableLayer(8)]
partial class InPlaceReluOnInput
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            MemoryMarshal.CreateSpan(ref MemoryMarshal.GetReference(x), x.Length)[i] = Math.Max(x[i], 0.0); //~ LG11
            y[i] = x[i];
        }
    }
}
