// expect: gradient
// Monotone piecewise-cubic Hermite interpolation (Fritsch–Carlson / PCHIP) of the row at unit spacing, evaluated at
// segment midpoints: interior slopes are the harmonic mean of the neighbouring secants when they have the same sign,
// else 0; end slopes are the end secants. Shape from scipy.interpolate.PchipInterpolator's slope rule; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(8, 7)]
public partial class MonotonePchipMidpoints
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int n = x.Length;
        Span<double> secant = stackalloc double[7];
        Span<double> slope = stackalloc double[8];
        for (int k = 0; k < n - 1; k++) secant[k] = x[k + 1] - x[k];

        slope[0] = secant[0];
        slope[n - 1] = secant[n - 2];
        for (int k = 1; k < n - 1; k++)
        {
            double a = secant[k - 1], b = secant[k];
            slope[k] = a * b > 0 ? 2 * a * b / (a + b) : 0.0;
        }

        // Hermite basis at t = 1/2: h00 = h01 = 1/2, h10 = 1/8, h11 = −1/8
        for (int k = 0; k < n - 1; k++)
            y[k] = 0.5 * (x[k] + x[k + 1]) + (slope[k] - slope[k + 1]) / 8;
    }
}
