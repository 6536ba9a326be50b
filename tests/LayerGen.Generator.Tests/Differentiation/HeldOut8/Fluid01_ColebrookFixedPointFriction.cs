// Darcy friction factors of six turbulent pipe flows from the Colebrook–White equation
// 1/√f = −2 log₁₀(ε/3.7D + 2.51 / (Re √f)), solved by twelve fixed-point steps on s = 1/√f from s₀ = 8;
// Re = 10⁵ exp(0.8 tanh x) and a learnable log relative roughness.
// Shape of: the Colebrook iteration of fluid-mechanics course code (e.g. fluids' Colebrook with a fixed-point solver), from memory.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(6)]
public partial class ColebrookFixedPointFriction
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(1, Initial = -9.2)] ReadOnlySpan<double> logRoughness)
    {
        double roughness = Math.Exp(logRoughness[0]);
        for (int i = 0; i < x.Length; i++)
        {
            double reynolds = 1e5 * Math.Exp(0.8 * Math.Tanh(x[i]));
            double s = 8;
            int step = 0;
            while (step < 12)
            {
                s = -2 * Math.Log10(roughness / 3.7 + 2.51 * s / reynolds);
                step++;
            }
            y[i] = 100 / (s * s);
        }
    }
}
