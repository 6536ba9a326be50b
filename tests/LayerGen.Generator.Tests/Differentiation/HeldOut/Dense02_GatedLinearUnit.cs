// GLU: the row's first half times the sigmoid of its second half (8 → 4).
// Re-creates: torch.nn.functional.glu(x, dim=-1) for one row.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(8, 4)]
public partial class GatedLinearUnit
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int half = x.Length / 2;
        for (int i = 0; i < half; i++)
        {
            y[i] = x[i] / (1 + Math.Exp(-x[i + half]));
        }
    }
}
