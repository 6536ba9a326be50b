// Leaky ReLU as a one-line ternary over y.Length.
// Re-creates: darknet-style `leaky_x(x) = x > 0 ? x : 0.1 * x`, slope 0.01 as in PyTorch.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(8)]
public partial class LeakyReluTernary
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < y.Length; i++) y[i] = x[i] > 0 ? x[i] : 0.01 * x[i];
    }
}
