// expect: gradient
// Reliability: Hjorth's (1980) bathtub-shaped hazard h(t) = δt + θ/(1 + βt) and its survival
// R(t) = exp(−δt²/2)/(1 + βt)^(θ/β), with learnable log δ, log θ, log β, as a life-data script writes it. Times are
// 0.05 + 4·σ(x). Outputs hazard | log survival per time.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(6, 12)]
public partial class HjorthBathtubHazardLearnable
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(1, Initial = -1.0)] ReadOnlySpan<double> logDelta,
                           [Learnable(1, Initial = 0.5)] ReadOnlySpan<double> logTheta,
                           [Learnable(1, Initial = 1.0)] ReadOnlySpan<double> logBeta)
    {
        double delta = Math.Exp(logDelta[0]), theta = Math.Exp(logTheta[0]), beta = Math.Exp(logBeta[0]);
        int n = x.Length;
        for (int i = 0; i < n; i++)
        {
            double t = 0.05 + 4.0 / (1.0 + Math.Exp(-x[i]));
            y[i] = delta * t + theta / (1.0 + beta * t);
            y[n + i] = -0.5 * delta * t * t - theta / beta * Math.Log(1.0 + beta * t);
        }
    }
}
