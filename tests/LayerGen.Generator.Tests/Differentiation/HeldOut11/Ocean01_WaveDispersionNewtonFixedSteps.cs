// expect: gradient
// Linear water-wave dispersion ω² = g·k·tanh(k·h) solved for the wavenumber by eight Newton steps from Eckart's
// approximation, for three waves given as (period, depth) pairs; outputs wavelength, phase speed and group speed
// (n = ½(1 + 2kh/sinh 2kh)). Shape of coastal-engineering scripts (Fenton's and CEM's dispersion solvers), written
// from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(6, 9)]
public partial class WaveDispersionNewtonFixedSteps
{
    const double Gravity = 9.81;

    static double Wavenumber(double omega, double depth)
    {
        double k0 = omega * omega / Gravity;
        double k = k0 / Math.Sqrt(Math.Tanh(k0 * depth));          // Eckart
        for (int i = 0; i < 8; i++)
        {
            double t = Math.Tanh(k * depth);
            double f = Gravity * k * t - omega * omega;
            double df = Gravity * t + Gravity * k * depth * (1 - t * t);
            k -= f / df;
        }
        return k;
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int w = 0; w < 3; w++)
        {
            double period = 4 + 8 / (1 + Math.Exp(-x[2 * w]));
            double depth = 2 + 30 / (1 + Math.Exp(-x[2 * w + 1]));
            double omega = 2 * Math.PI / period;
            double k = Wavenumber(omega, depth);
            double phaseSpeed = omega / k;
            double n = 0.5 * (1 + 2 * k * depth / Math.Sinh(2 * k * depth));
            y[3 * w] = 2 * Math.PI / k / 100;
            y[3 * w + 1] = phaseSpeed;
            y[3 * w + 2] = n * phaseSpeed;
        }
    }
}
