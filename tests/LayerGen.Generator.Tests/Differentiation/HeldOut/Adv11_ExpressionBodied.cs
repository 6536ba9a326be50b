// An expression-bodied ForwardRow for a 2 → 1 layer: y[0] = x0 · x1 / (1 + x0²).
// Re-creates: none.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(2, 1)]
public partial class ExpressionBodied
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y) => y[0] = x[0] * x[1] / (1 + x[0] * x[0]);
}
