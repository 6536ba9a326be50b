// expect: gradient
// Materials: the Ramberg–Osgood curve ε = σ/E + α(σ/E)(|σ|/σ_y)^(n−1) with n = 5, and its inverse σ(ε) by twelve
// Newton steps in a helper that returns the tangent modulus through an out parameter (as an FE material routine
// does). Row: target strains 0.01·tanh(x); learnable log E (GPa) and log σ_y (MPa). Outputs stress | tangent.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(5, 10)]
public partial class RambergOsgoodNewtonInverse
{
    const double Alpha = 0.002 * 200.0 / 250.0;   // offset-strain convention, E/σ_y at the initial values

    static double Strain(double stress, double modulus, double yieldStress, out double slope)
    {
        double ratio = stress / yieldStress;
        double r4 = ratio * ratio * ratio * ratio;
        slope = (1.0 + 5.0 * Alpha * r4) / modulus;
        return stress / modulus * (1.0 + Alpha * r4);
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(1, Initial = 5.3)] ReadOnlySpan<double> logModulus,
                           [Learnable(1, Initial = 5.52)] ReadOnlySpan<double> logYield)
    {
        double e = Math.Exp(logModulus[0]) * 1000.0;       // MPa
        double sy = Math.Exp(logYield[0]);
        for (int i = 0; i < x.Length; i++)
        {
            double target = 0.01 * Math.Tanh(x[i]);
            double stress = target * e / (1.0 + 40.0 * Math.Abs(target) * e / sy * 0.01);
            double slope = 1.0 / e;
            for (int step = 0; step < 12; step++)
            {
                double strain = Strain(stress, e, sy, out slope);
                stress -= (strain - target) / slope;
            }
            y[i] = stress;
            y[x.Length + i] = 1.0 / slope;
        }
    }
}
