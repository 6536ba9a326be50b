// Window functions: a Kaiser window with a learnable shape β applied to the row, w[n] = I0(β√(1 − (2n/(N−1) − 1)²)) / I0(β),
// the modified Bessel function I0 by its power series (25 terms) in a helper with a loop.
// Shape: numpy.kaiser / scipy.signal.windows.kaiser, with I0 written out as in Numerical Recipes' bessi0 series form.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(16)]
public partial class KaiserWindowBesselI0LearnableBeta
{
    static double BesselI0(double z)
    {
        double term = 1.0, sum = 1.0;
        double half = 0.5 * z;
        for (int k = 1; k <= 25; k++)
        {
            term *= half / k;
            sum += term * term;
        }
        return sum;
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(1, Initial = 5)] ReadOnlySpan<double> beta)
    {
        int n = x.Length;
        double normaliser = BesselI0(beta[0]);
        for (int i = 0; i < n; i++)
        {
            double r = 2.0 * i / (n - 1) - 1.0;
            double w = BesselI0(beta[0] * Math.Sqrt(1 - r * r)) / normaliser;
            y[i] = w * x[i];
        }
    }
}
