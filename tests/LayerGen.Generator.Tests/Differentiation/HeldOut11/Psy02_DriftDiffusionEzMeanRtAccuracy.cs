// expect: gradient
// The EZ-diffusion forward equations (Wagenmakers et al. 2007): accuracy Pc = 1/(1 + e^(−v·a/s²)) and mean decision
// time MDT = a/(2v)·(1 − e^(−v·a/s²))/(1 + e^(−v·a/s²)), plus non-decision time, for three conditions given as
// (drift, boundary) pairs; a guard takes the limit a²/(4s²)·… when |v| is tiny. Shape of EZ-diffusion scripts ported
// from R, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(6)]
public partial class DriftDiffusionEzMeanRtAccuracy
{
    const double S2 = 0.01;               // s = 0.1
    const double NonDecision = 0.3;

    static double MeanDecisionTime(double v, double a)
    {
        if (Math.Abs(v) < 1e-9) return a * a / (4 * S2);
        double e = Math.Exp(-v * a / S2);
        return a / (2 * v) * (1 - e) / (1 + e);
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int c = 0; c < 3; c++)
        {
            double drift = 0.3 * Math.Tanh(x[2 * c]);
            double boundary = 0.06 + 0.1 / (1 + Math.Exp(-x[2 * c + 1]));
            double z = drift * boundary / S2;
            y[2 * c] = z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
            y[2 * c + 1] = NonDecision + MeanDecisionTime(drift, boundary);
        }
    }
}
