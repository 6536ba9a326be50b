// expect: gradient
// The air-standard Otto cycle: compression ratio r, heat ratio γ and heat added per unit mass from the row, state
// points p2 = p1·r^γ, T2 = T1·r^(γ−1), T3 = T2 + q/c_v, p3 = p2·T3/T2, and the efficiency 1 − r^(1−γ) and mean
// effective pressure. Shape of engineering-thermodynamics homework solvers, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(3, 5)]
public partial class OttoCycleStatePoints
{
    const double P1 = 100.0, T1 = 300.0, Cv = 0.718, R = 0.287;   // kPa, K, kJ/(kg·K)

    static double Sigmoid(double v) => 1.0 / (1.0 + Math.Exp(-v));

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double r = 6.0 + 6.0 * Sigmoid(x[0]);
        double gamma = 1.3 + 0.1 * Sigmoid(x[1]);
        double q = 800.0 + 1200.0 * Sigmoid(x[2]);                    // kJ/kg
        double p2 = P1 * Math.Pow(r, gamma);
        double t2 = T1 * Math.Pow(r, gamma - 1);
        double t3 = t2 + q / Cv;
        double p3 = p2 * t3 / t2;
        double efficiency = 1 - Math.Pow(r, 1 - gamma);
        double v1 = R * T1 / P1;
        double mep = efficiency * q / (v1 * (1 - 1 / r));
        y[0] = p2 / 1000;
        y[1] = t2 / 1000;
        y[2] = p3 / 1000;
        y[3] = efficiency;
        y[4] = mep / 1000;
    }
}
