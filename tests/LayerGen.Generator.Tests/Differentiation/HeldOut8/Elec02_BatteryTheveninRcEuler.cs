// A lithium-ion cell's first-order Thevenin equivalent circuit over a 10-step current profile (the row, in A): state of
// charge by coulomb counting, open-circuit voltage by a Horner polynomial over a static readonly table, one RC branch by
// explicit Euler, terminal voltage V = OCV(SOC) − I R₀ − V_RC; learnable log R₀, log R₁ and log C₁.
// Shape of: the Thevenin ECM of battery-modelling tutorials (e.g. PyBaMM's ECM / "Battery Management Systems" by Plett), from memory.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(10)]
public partial class BatteryTheveninRcEuler
{
    private static readonly double[] OcvCoefficients = { 3.0, 1.2, -0.6, 0.4 };   // a₀ + a₁ s + a₂ s² + a₃ s³
    const double CapacityAs = 2.0 * 3600, Dt = 1.0;

    static double OpenCircuitVoltage(double soc)
    {
        double v = 0;
        for (int k = OcvCoefficients.Length - 1; k >= 0; k--) v = v * soc + OcvCoefficients[k];
        return v;
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(1, Initial = -3)] ReadOnlySpan<double> logR0,
        [Learnable(1, Initial = -3.9)] ReadOnlySpan<double> logR1,
        [Learnable(1, Initial = 6.9)] ReadOnlySpan<double> logC1)
    {
        double r0 = Math.Exp(logR0[0]), r1 = Math.Exp(logR1[0]), c1 = Math.Exp(logC1[0]);
        double soc = 0.8, vrc = 0;
        for (int t = 0; t < x.Length; t++)
        {
            double current = x[t];
            soc -= current * Dt / CapacityAs;
            vrc += Dt * (current / c1 - vrc / (r1 * c1));
            y[t] = OpenCircuitVoltage(soc) - current * r0 - vrc;
        }
    }
}
