// Actuarial / survival: Gompertz–Makeham hazard h(t) = λ + α e^(βt), cumulative hazard H(t) = λ t + (α/β)(e^(βt) − 1)
// written with expm1, per-subject log-likelihood δ log h(t) − H(t) with soft event indicators, and survival e^(−H);
// learnable log λ, log α, log β.
// Shape: a mortality-table fit in R (flexsurv's gompertz plus a Makeham constant), ported to C#.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(8)]
public partial class GompertzMakehamLogLikelihood
{
    static double Softplus(double v) => Math.Max(v, 0) + Math.Log(1 + Math.Exp(-Math.Abs(v)));

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(1, Initial = -3)] ReadOnlySpan<double> logMakeham,
        [Learnable(1, Initial = -4)] ReadOnlySpan<double> logAlpha,
        [Learnable(1, Initial = -1.5)] ReadOnlySpan<double> logBeta)
    {
        double lambda = Math.Exp(logMakeham[0]), alpha = Math.Exp(logAlpha[0]), beta = Math.Exp(logBeta[0]);
        const int Subjects = 4;
        for (int i = 0; i < Subjects; i++)
        {
            double t = 10 * Softplus(x[i]) / (1 + Softplus(x[i]));   // follow-up time, 0..10 decades
            double observed = 0.5 * (1 + Math.Tanh(0.5 * x[Subjects + i]));   // soft event indicator
            double hazard = lambda + alpha * Math.Exp(beta * t);
            double cumulative = lambda * t + alpha / beta * double.ExpM1(beta * t);
            y[i] = observed * Math.Log(hazard) - cumulative;
            y[Subjects + i] = Math.Exp(-cumulative);
        }
    }
}
