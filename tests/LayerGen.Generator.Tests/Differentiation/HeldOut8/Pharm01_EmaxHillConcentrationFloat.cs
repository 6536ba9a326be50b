// The sigmoid Emax (Hill) pharmacodynamic model E = E₀ + Emax Cⁿ / (EC50ⁿ + Cⁿ) at eight concentrations
// C = softplus(x) + 10⁻⁶, with learnable log E₀, log Emax, log EC50 and log n, by MathF.Pow as the formula reads.
// Shape of: Holford & Sheiner 1981, as in PKPD fitting scripts (nlmixr / PKPDsim-style model functions), from memory.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(8)]
public partial class EmaxHillConcentrationFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(1)] ReadOnlySpan<float> logE0,
        [Learnable(1, Initial = 1)] ReadOnlySpan<float> logEmax,
        [Learnable(1)] ReadOnlySpan<float> logEc50,
        [Learnable(1, Initial = 0.3)] ReadOnlySpan<float> logHill)
    {
        float e0 = MathF.Exp(logE0[0]), emax = MathF.Exp(logEmax[0]);
        float ec50 = MathF.Exp(logEc50[0]), hill = MathF.Exp(logHill[0]);
        float ec50n = MathF.Pow(ec50, hill);
        for (int i = 0; i < x.Length; i++)
        {
            float c = (x[i] > 20.0f ? x[i] : MathF.Log(1.0f + MathF.Exp(x[i]))) + 1e-6f;
            float cn = MathF.Pow(c, hill);
            y[i] = e0 + emax * cn / (ec50n + cn);
        }
    }
}
