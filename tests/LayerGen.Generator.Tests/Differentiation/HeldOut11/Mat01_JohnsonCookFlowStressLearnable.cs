// expect: gradient
// Johnson–Cook flow stress σ = (A + B·εⁿ)·(1 + C·ln ε̇*)·(1 − T*^m) for four material points given as (plastic
// strain, log strain-rate ratio) pairs and a shared homologous temperature entry, with learnable log A, log B, n, C
// and m. Shape of the Johnson–Cook user material subroutines (VUMAT) ported to C#, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(9, 4)]
public partial class JohnsonCookFlowStressLearnable
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(1, Initial = 5.9)] ReadOnlySpan<double> logA,
                           [Learnable(1, Initial = 6.2)] ReadOnlySpan<double> logB,
                           [Learnable(1, Initial = 0.35)] ReadOnlySpan<double> n,
                           [Learnable(2, Initial = 0.5)] ReadOnlySpan<double> rateAndThermal)
    {
        double a = Math.Exp(logA[0]), b = Math.Exp(logB[0]);
        double c = 0.02 * rateAndThermal[0];
        double m = 1.0 + rateAndThermal[1];
        double homologous = 0.1 + 0.7 / (1 + Math.Exp(-x[8]));
        double thermal = 1 - Math.Pow(homologous, m);
        for (int p = 0; p < 4; p++)
        {
            double strain = 0.001 + 0.5 / (1 + Math.Exp(-x[2 * p]));
            double logRate = 3 * Math.Tanh(x[2 * p + 1]);
            double hardening = a + b * Math.Pow(strain, n[0]);
            y[p] = hardening * (1 + c * logRate) * thermal / 1000.0;     // GPa
        }
    }
}
