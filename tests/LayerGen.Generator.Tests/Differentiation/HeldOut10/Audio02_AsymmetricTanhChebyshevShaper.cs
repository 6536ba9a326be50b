// expect: gradient
// Audio: an asymmetric "tube" waveshaper, tanh(k(v + b)) − tanh(kb) (a DC-free biased soft clip), followed by a
// Chebyshev harmonic shaper Σ c_m T_m(s) evaluated by Clenshaw's recurrence in a helper over a static readonly table
// (the classic way to add exactly the 2nd/3rd/4th harmonic). Learnable log drive k and bias b, as a plug-in port exposes.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(8)]
public partial class AsymmetricTanhChebyshevShaper
{
    static readonly double[] Harmonics = { 0.0, 0.8, 0.15, 0.04, 0.01 };

    static double Clenshaw(double s, ReadOnlySpan<double> c)
    {
        double b1 = 0.0, b2 = 0.0;
        for (int m = c.Length - 1; m >= 1; m--)
        {
            double b0 = 2.0 * s * b1 - b2 + c[m];
            b2 = b1;
            b1 = b0;
        }
        return s * b1 - b2 + c[0];
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(1, Initial = 0.4)] ReadOnlySpan<double> logDrive,
                           [Learnable(1, Initial = 0.2)] ReadOnlySpan<double> bias)
    {
        double k = Math.Exp(logDrive[0]);
        double offset = Math.Tanh(k * bias[0]);
        for (int i = 0; i < x.Length; i++)
        {
            double shaped = Math.Tanh(k * (x[i] + bias[0])) - offset;
            y[i] = Clenshaw(0.5 * shaped, Harmonics);
        }
    }
}
