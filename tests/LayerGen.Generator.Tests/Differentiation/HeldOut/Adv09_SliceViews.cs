// Attention-style code that names sub-rows with slices: q = x.Slice(0, 4), k = x[4..8]; y = [q·k, q·q].
// Re-creates: the per-head `q = s->q + h * head_size` views of llama2.c, as C# slices.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(8, 2)]
public partial class SliceViews
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        ReadOnlySpan<double> q = x.Slice(0, 4);
        ReadOnlySpan<double> k = x[4..8];
        double dot = 0, norm = 0;
        for (int i = 0; i < 4; i++)
        {
            dot += q[i] * k[i];
            norm += q[i] * q[i];
        }
        y[0] = dot / Math.Sqrt(4);
        y[1] = norm;
    }
}
