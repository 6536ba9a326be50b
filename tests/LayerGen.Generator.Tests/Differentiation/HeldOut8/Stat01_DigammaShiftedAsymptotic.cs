// Digamma and trigamma of a = softplus(x) + 0.5 the way Numerical-Recipes-style code writes them without a library:
// shift by six with the recurrence ψ(a) = ψ(a + 6) − Σ 1/(a + k), then the asymptotic series in 1/z² by a Horner loop
// over a static readonly table; outputs ψ(aᵢ) then ψ′(aᵢ).
// Shape of: the asymptotic digamma of Bernardo 1976 (AS 103) and SciPy's psi for large arguments, from memory.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(6, 12)]
public partial class DigammaShiftedAsymptotic
{
    private static readonly double[] DigammaTail = { -1.0 / 12, 1.0 / 120, -1.0 / 252 };
    const int Shift = 6;

    static double Softplus(double v) => v > 30 ? v : Math.Log(1 + Math.Exp(v));

    static double Digamma(double a)
    {
        double result = 0;
        for (int k = 0; k < Shift; k++) result -= 1 / (a + k);
        double z = a + Shift;
        double w = 1 / (z * z);
        double series = 0;
        for (int k = DigammaTail.Length - 1; k >= 0; k--) series = series * w + DigammaTail[k];
        return result + Math.Log(z) - 0.5 / z + series * w;
    }

    static double Trigamma(double a)
    {
        double result = 0;
        for (int k = 0; k < Shift; k++) result += 1 / ((a + k) * (a + k));
        double z = a + Shift;
        double inv = 1 / z;
        return result + inv + 0.5 * inv * inv + inv * inv * inv / 6 - Math.Pow(inv, 5) / 30 + Math.Pow(inv, 7) / 42;
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double a = Softplus(x[i]) + 0.5;
            y[i] = Digamma(a);
            y[x.Length + i] = Trigamma(a);
        }
    }
}
