// Kepler's equation E − e·sin E = M solved by eight Newton iterations from E₀ = M + e·sin M for six mean anomalies
// (the row), the eccentricity e = σ(a) learnable; outputs E, the radius 1 − e·cos E and sin ν = √(1 − e²)·sin E / r.
// Shape of the Kepler solver in astropy/poliastro-style orbit code (fixed iteration count), from memory.
// A user expects the gradient through the Newton iterations for the anomalies and a.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(6, 18)]
public partial class KeplerNewtonEccentricAnomaly
{
    const int Iterations = 8;

    static double SolveKepler(double meanAnomaly, double e)
    {
        double eccentric = meanAnomaly + e * Math.Sin(meanAnomaly);
        for (int k = 0; k < Iterations; k++)
        {
            double f = eccentric - e * Math.Sin(eccentric) - meanAnomaly;
            eccentric -= f / (1 - e * Math.Cos(eccentric));
        }
        return eccentric;
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(1, Initial = -1)] ReadOnlySpan<double> logitE)
    {
        double e = 1 / (1 + Math.Exp(-logitE[0]));
        double semiMinor = Math.Sqrt(1 - e * e);
        for (int i = 0; i < x.Length; i++)
        {
            double eccentric = SolveKepler(x[i], e);
            double radius = 1 - e * Math.Cos(eccentric);
            y[3 * i] = eccentric;
            y[3 * i + 1] = radius;
            y[3 * i + 2] = semiMinor * Math.Sin(eccentric) / radius;
        }
    }
}
