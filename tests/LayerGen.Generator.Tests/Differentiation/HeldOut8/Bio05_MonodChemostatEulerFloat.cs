// A chemostat with Monod growth by 40 Euler steps: S' = D(S_f − S) − μX/Y, X' = (μ − D)X, μ = μmax S / (K_s + S);
// the row holds the initial substrate and biomass (softplus) and eight feed-concentration anomalies (one per five steps,
// index step / 5); learnable log μmax and log K_s; outputs the biomass after each five steps.
// Shape of: Monod 1949 / Novick & Szilard chemostat equations as coded in bioprocess-engineering notebooks (from memory).
// expect: gradient
// rows: no-large
// a starting biomass of ~100 (softplus(1000)/10) drives S below zero, toward the pole of S/(K_s + S), in a step; the trajectory is chaotic there.
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(10, 8)]
public partial class MonodChemostatEulerFloat
{
    const float Dilution = 0.3f, Yield = 0.5f, Dt = 0.02f, Feed = 5.0f;

    static float Softplus(float v) => MathF.Max(v, 0.0f) + MathF.Log(1.0f + MathF.Exp(-MathF.Abs(v)));

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(1)] ReadOnlySpan<float> logMuMax,
        [Learnable(1, Initial = -1)] ReadOnlySpan<float> logKs)
    {
        float muMax = MathF.Exp(logMuMax[0]), ks = MathF.Exp(logKs[0]);
        float s = Softplus(x[0]) + 0.01f;
        float biomass = 0.1f * Softplus(x[1]) + 0.01f;
        for (int step = 0; step < 40; step++)
        {
            float feed = Feed + MathF.Tanh(x[2 + step / 5]);
            float mu = muMax * s / (ks + s);
            float ds = Dilution * (feed - s) - mu * biomass / Yield;
            float dx = (mu - Dilution) * biomass;
            s += Dt * ds;
            biomass += Dt * dx;
            if (step % 5 == 4) y[step / 5] = biomass;
        }
    }
}
