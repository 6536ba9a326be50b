// pH of four weak-acid solutions: the row holds (log₁₀ C, pKa shift) pairs; [H⁺] solves the charge balance
// h³ + Ka h² − (Ka C + Kw) h − Ka Kw = 0 by twelve Newton steps from h₀ = √(Ka C + Kw) (above the root, so the
// iteration falls monotonically), and pH = −log₁₀ h.
// Shape of: the textbook weak-acid charge balance solved numerically (e.g. pHcalc / chemistry course notebooks), from memory.
// expect: gradient
// rows: no-large
// C = 10^x overflows to ∞ at x = +1000 (and Ka likewise at a shift of −1000): the forward is not finite there.
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(8, 4)]
public partial class WeakAcidPhNewtonCubic
{
    const double Kw = 1e-14;

    static double SolveHydrogen(double c, double ka)
    {
        double h = Math.Sqrt(ka * c + Kw);
        for (int iteration = 0; iteration < 12; iteration++)
        {
            double f = ((h + ka) * h - (ka * c + Kw)) * h - ka * Kw;
            double slope = (3 * h + 2 * ka) * h - (ka * c + Kw);
            h -= f / slope;
        }
        return h;
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int s = 0; s < y.Length; s++)
        {
            double concentration = Math.Pow(10, -2 + x[2 * s]);
            double ka = Math.Pow(10, -(4.75 + x[2 * s + 1]));
            y[s] = -Math.Log10(SolveHydrogen(concentration, ka));
        }
    }
}
