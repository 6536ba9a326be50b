// Math.Pow with a variable exponent and a variable base: y = (1 + x0²)^(x1 / 10) and 2^(x2 / 100), plus a signed square
// root sign(v)·√|v| with Math.Sign (an int).
// Re-creates: none.
// expect: gradient
// rows: no-large (at x = ±1000, y0 ≈ 1e110 and central differences with h = 2e-3 are off by 1e-6 relative themselves)
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(3, 3)]
public partial class PowVariableExponent
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        y[0] = Math.Pow(1 + x[0] * x[0], x[1] / 10);
        y[1] = Math.Pow(2, x[2] / 100);
        y[2] = Math.Sign(x[0]) * Math.Sqrt(Math.Abs(x[0]) + 1e-3);
    }
}
