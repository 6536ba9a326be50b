// SiLU / swish-1, x * sigmoid(x), with the sigmoid as a local function.
// Re-creates: torch.nn.SiLU's formula (shape only; our own code).
// expect: gradient
// rows: no-large
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(16)]
public partial class SiluLocalSigmoid
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double Sigmoid(double v) => 1.0 / (1.0 + Math.Exp(-v));

        for (int i = 0; i < x.Length; i++)
            y[i] = x[i] * Sigmoid(x[i]);
    }
}
