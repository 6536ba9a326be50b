// expect: gradient
// Natural cubic spline through the row's eight values at unit spacing, evaluated at the seven segment midpoints: the
// second derivatives solve the tridiagonal system M[i−1] + 4M[i] + M[i+1] = 6Δ²x[i] by the Thomas algorithm (forward
// sweep into two stackalloc buffers, back substitution counting down, checked index arithmetic). Shape from Numerical
// Recipes' spline / scipy CubicSpline(bc_type='natural'); our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(8, 7)]
public partial class NaturalCubicSplineThomasMidpoints
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const int n = 8;
        Span<double> cPrime = stackalloc double[n];
        Span<double> dPrime = stackalloc double[n];
        Span<double> m = stackalloc double[n];

        // interior unknowns 1..6; M[0] = M[7] = 0
        for (int i = 1; i < n - 1; i++)
        {
            double rhs = 6 * (x[checked(i + 1)] - 2 * x[i] + x[i - 1]);
            double denominator = 4 - (i > 1 ? cPrime[i - 1] : 0);
            cPrime[i] = 1 / denominator;
            dPrime[i] = (rhs - (i > 1 ? dPrime[i - 1] : 0)) / denominator;
        }
        m[0] = 0;
        m[n - 1] = 0;
        for (int i = n - 2; i >= 1; i--)
            m[i] = dPrime[i] - cPrime[i] * m[i + 1];

        for (int i = 0; i < n - 1; i++)
            y[i] = 0.5 * (x[i] + x[i + 1]) - (m[i] + m[i + 1]) / 16;
    }
}
