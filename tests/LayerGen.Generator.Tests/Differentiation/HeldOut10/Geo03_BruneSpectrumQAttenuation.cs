// expect: gradient
// Seismology: a Brune ω² source spectrum with whole-path anelastic attenuation exp(−π f t*/Q) and a κ high-cut, log
// amplitude at six fixed frequencies (Boore's stochastic method, written from memory). The row holds log seismic moments
// and travel times per station pair; learnable log Q and log corner frequency. foreach over a static readonly table.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(4, 12)]
public partial class BruneSpectrumQAttenuation
{
    static readonly double[] Frequencies = { 0.5, 1.0, 2.0, 5.0, 10.0, 20.0 };
    const double Kappa = 0.04;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(1, Initial = 5.3)] ReadOnlySpan<double> logQ,
                           [Learnable(1, Initial = 0.7)] ReadOnlySpan<double> logCorner)
    {
        double q = Math.Exp(logQ[0]);
        double fc = Math.Exp(logCorner[0]);
        int o = 0;
        for (int s = 0; s < 2; s++)
        {
            double logMoment = 2.0 * Math.Tanh(x[2 * s]);
            double travel = 5.0 + 20.0 / (1.0 + Math.Exp(-x[2 * s + 1]));
            foreach (double f in Frequencies)
            {
                double ratio = f / fc;
                double source = logMoment - Math.Log(1 + ratio * ratio);
                double path = -Math.PI * f * travel / q - Math.PI * Kappa * f;
                y[o++] = source + path;
            }
        }
    }
}
