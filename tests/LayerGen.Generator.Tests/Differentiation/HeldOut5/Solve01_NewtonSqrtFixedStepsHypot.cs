// sqrt(1 + x²) (a smooth |x|, the "pseudo-Huber" core) computed by a fixed number of Newton steps for the square
// root, g ← (g + a / g) / 2, starting from g = a — the way a shader or fixed-point port unrolls sqrt.
// Eight steps do not converge for large a; the layer is the function the eight steps compute.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(8)]
public partial class NewtonSqrtFixedStepsHypot
{
    const int Steps = 8;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double a = 1 + x[i] * x[i];
            double g = a;
            for (int k = 0; k < Steps; k++) g = 0.5 * (g + a / g);
            y[i] = g;
        }
    }
}
