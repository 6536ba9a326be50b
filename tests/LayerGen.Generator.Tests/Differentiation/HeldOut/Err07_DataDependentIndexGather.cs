// An embedding-style lookup with the index read from the data: y[i] = table[(int)x[i]]. The index is not
// differentiable and not known on entry; an error at the index is expected.
// Re-creates: torch.nn.Embedding lookups written into a row layer by mistake.
// expect: error
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(4)]
public partial class DataDependentIndexGather
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(10)] ReadOnlySpan<double> table)
    {
        for (int i = 0; i < x.Length; i++) y[i] = table[(int)Math.Abs(x[i]) % 10]; //~ LG11
    }
}
