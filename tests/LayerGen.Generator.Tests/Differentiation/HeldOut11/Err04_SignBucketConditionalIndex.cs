// expect: error
// Positive and negative parts of a row summed into two output slots, the slot picked by a condition on the data
// inside the index (y[x[i] >= 0 ? 0 : 1] += …): an index chosen by a condition on data is outside the subset
// (assign it to an integer local first): LG11xx at that statement. Shape of a NumPy `np.add.at(out, x < 0, x)` port,
// written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(8, 2)]
public partial class SignBucketConditionalIndex
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        y.Clear();
        for (int i = 0; i < x.Length; i++)
            y[x[i] >= 0 ? 0 : 1] += x[i] * x[i]; //~ LG11
    }
}
