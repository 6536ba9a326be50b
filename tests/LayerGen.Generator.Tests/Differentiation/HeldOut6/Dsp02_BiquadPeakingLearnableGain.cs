// expect: gradient
// A peaking-EQ biquad whose gain (in dB) and centre frequency are learnable, coefficients computed from them inside the
// row (RBJ cookbook: A = 10^(gain/40)), run in transposed direct form II with two state locals. Shape from the
// cookbook and differentiable-DSP (DDSP) filter layers; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(12)]
public partial class BiquadPeakingLearnableGain
{
    const double Q = 1.5;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(1, Initial = 3.0)] ReadOnlySpan<double> gainDb,
                           [Learnable(1, Initial = 0.0)] ReadOnlySpan<double> logitFrequency)
    {
        double A = Math.Pow(10.0, gainDb[0] / 40.0);
        double f0 = 0.05 + 0.4 / (1.0 + Math.Exp(-logitFrequency[0]));   // normalised, in (0.05, 0.45)
        double w0 = 2.0 * Math.PI * f0;
        double alpha = Math.Sin(w0) / (2.0 * Q);
        double cosw = Math.Cos(w0);

        double a0 = 1.0 + alpha / A;
        double b0 = (1.0 + alpha * A) / a0;
        double b1 = -2.0 * cosw / a0;
        double b2 = (1.0 - alpha * A) / a0;
        double a1 = b1;
        double a2 = (1.0 - alpha / A) / a0;

        double s1 = 0.0, s2 = 0.0;
        int n = 0;
        while (n < x.Length)
        {
            double outv = b0 * x[n] + s1;
            s1 = b1 * x[n] - a1 * outv + s2;
            s2 = b2 * x[n] - a2 * outv;
            y[n] = outv;
            n++;
        }
    }
}
