// expect: gradient
// rows: no-large
// Weibull accelerated-failure-time negative log-likelihood over a row of linear predictors η (scale λ = exp η) for six
// subjects with constant observed times and censoring flags, the shape k learnable through its log: events add
// log f(t), censored subjects log S(t) = −(t/λ)^k. no-large: at η = −1000, (t/λ)^k = exp(k(log t − η)) overflows.
// Shape from lifelines' WeibullAFTFitter likelihood; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(6, 1)]
public partial class WeibullAftNegLogLikelihoodLearnable
{
    static readonly double[] Times = { 0.5, 1.2, 2.0, 0.8, 3.1, 1.7 };
    static readonly double[] Observed = { 1.0, 0.0, 1.0, 1.0, 0.0, 1.0 };

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(1, Initial = 0.2)] ReadOnlySpan<double> logShape)
    {
        double k = Math.Exp(logShape[0]);
        double total = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double logT = Math.Log(Times[i]);
            double cumulativeHazard = Math.Exp(k * (logT - x[i]));
            double logDensity = Math.Log(k) - x[i] + (k - 1) * (logT - x[i]) - cumulativeHazard;
            total += Observed[i] * logDensity + (1 - Observed[i]) * -cumulativeHazard;
        }
        y[0] = -total / x.Length;
    }
}
