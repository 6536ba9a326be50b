// CELU (Barron 2017), max(0, x) + min(0, alpha (exp(x / alpha) - 1)), alpha = 1.5, written with Math.Max and Math.Min.
// Re-creates: torch.nn.CELU's documented formula (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(8)]
public partial class CeluMaxMin
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double alpha = 1.5;
        for (int i = 0; i < x.Length; i++)
            y[i] = Math.Max(0, x[i]) + Math.Min(0, alpha * (Math.Exp(x[i] / alpha) - 1));
    }
}
