// PReLU: Math.Max(0, v) plus a learnable per-channel slope on the negative part.
// Re-creates: torch.nn.PReLU(num_parameters=n): max(0, x) + a * min(0, x).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(6)]
public partial class PReluLearnable
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(6, Initial = 0.25)] ReadOnlySpan<double> slope)
    {
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = Math.Max(0, x[i]) + slope[i] * Math.Min(0, x[i]);
        }
    }
}
