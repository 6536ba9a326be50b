// Mean-centring written with LINQ (x.ToArray().Average(), the C# one-liner for numpy's x - x.mean()): a heap copy and
// a library call whose body the generator cannot see; the user should be told to write the loop.
// expect: error
using System;
using System.Linq;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(8)]
public partial class LinqAverageCentre
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double mean = x.ToArray().Average(); //~ LG11
        for (int i = 0; i < x.Length; i++)
            y[i] = x[i] - mean;
    }
}
