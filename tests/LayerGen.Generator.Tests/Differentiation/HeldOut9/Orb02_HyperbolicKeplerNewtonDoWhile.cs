// Orbital mechanics: the hyperbolic Kepler equation M = e sinh H − H solved by eight Newton steps from H₀ = asinh(M/e) in a
// counting do/while, then the true anomaly ν = 2 atan(√((e+1)/(e−1)) tanh(H/2)) and the radius a(e cosh H − 1) of a
// flyby; the eccentricity e = 1.2 + e^p is learnable, mean anomalies M = 5 tanh(x/2).
// Shape: Vallado, Fundamentals of Astrodynamics, algorithm 4 (hyperbolic case), ported to C#.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(6, 18)]
public partial class HyperbolicKeplerNewtonDoWhile
{
    const double SemiMajorAxis = 1.0;   // |a|, in units of the periapsis scale

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(1)] ReadOnlySpan<double> logExcess)
    {
        double e = 1.2 + Math.Exp(logExcess[0]);
        double ratio = Math.Sqrt((e + 1) / (e - 1));
        for (int i = 0; i < x.Length; i++)
        {
            double mean = 5 * Math.Tanh(0.5 * x[i]);
            double h = Math.Asinh(mean / e);
            int step = 0;
            do
            {
                h -= (e * Math.Sinh(h) - h - mean) / (e * Math.Cosh(h) - 1);
                step++;
            } while (step < 8);
            y[3 * i] = h;
            y[3 * i + 1] = 2 * Math.Atan(ratio * Math.Tanh(h / 2));
            y[3 * i + 2] = SemiMajorAxis * (e * Math.Cosh(h) - 1);
        }
    }
}
