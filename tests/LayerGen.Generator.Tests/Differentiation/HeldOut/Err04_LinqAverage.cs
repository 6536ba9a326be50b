// LINQ in the forward (x.ToArray().Average()): an allocation and a call the generator cannot see into; an error at the
// call is expected that says to write the loop.
// Re-creates: the `x.mean()` → LINQ Average() reflex of NumPy porters.
// expect: error
using System;
using System.Linq;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(4)]
public partial class LinqAverage
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double mean = x.ToArray().Average(); //~ LG11
        for (int i = 0; i < x.Length; i++) y[i] = x[i] - mean;
    }
}
