// Nearest-level quantisation through Array.BinarySearch on a static readonly level table (the complement of the
// result is the insertion point), as C# code finds a bucket. A call of another method, and a table passed to a
// method, are outside the subset (docs/custom-layers.md), reported at the call.
// expect: error
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(8)]
public partial class NearestLevelArrayBinarySearch
{
    const int Count = 5;
    const double Low = -1.0, Step = 0.5;
    static readonly double[] Levels = { -1.0, -0.5, 0.0, 0.5, 1.0 };

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            int index = Array.BinarySearch(Levels, x[i]); //~ LG11
            if (index < 0) index = ~index;
            index = Math.Min(index, Count - 1);
            y[i] = x[i] + 0.1 * (Low + Step * index - x[i]);
        }
    }
}
