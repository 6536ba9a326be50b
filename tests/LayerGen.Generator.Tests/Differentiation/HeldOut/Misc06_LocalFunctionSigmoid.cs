// SiLU with its sigmoid as a local function inside ForwardRow (the Python nested `def`).
// Re-creates: none.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(8)]
public partial class LocalFunctionSigmoid
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        static double Sigmoid(double v) => 1.0 / (1.0 + Math.Exp(-v));
        for (int i = 0; i < x.Length; i++) y[i] = x[i] * Sigmoid(x[i]);
    }
}
