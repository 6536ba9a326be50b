// Generic-math statics instead of Math: double.Exp, double.Tanh, double.Sqrt, double.Max (a smooth gated activation).
// Re-creates: none; .NET 7+ style `T.Exp(v)` code written for double.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(8)]
public partial class GenericMathStatics
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            y[i] = double.Tanh(v) * double.Sqrt(1 + v * v) + double.Max(v, 0) * double.Exp(-v * v);
        }
    }
}
