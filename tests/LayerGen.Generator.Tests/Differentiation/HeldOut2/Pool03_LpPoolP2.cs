// Power-average (L^p) pooling with p = 2, kernel 2, stride 2: (sum over window of x^p)^(1/p), 8 inputs to 4 outputs.
// Re-creates: torch.nn.LPPool1d(norm_type=2, kernel_size=2) (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(8, 4)]
public partial class LpPoolP2
{
    const double P = 2.0;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int o = 0; o < 4; o++)
        {
            double acc = Math.Pow(x[2 * o], P) + Math.Pow(x[2 * o + 1], P);
            y[o] = Math.Pow(acc, 1.0 / P);
        }
    }
}
