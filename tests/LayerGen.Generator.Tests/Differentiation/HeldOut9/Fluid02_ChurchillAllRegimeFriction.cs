// Pipe flow: the Darcy friction factor by Churchill's (1977) single equation for laminar, transitional and turbulent
// flow, f = 8[(8/Re)^12 + (A + B)^(−3/2)]^(1/12), and the Darcy–Weisbach head loss over 100 m of a 0.1 m pipe, for four
// pipes with Reynolds number 10^(2..6) and relative roughness 10^(−5..−3) from logits.
// Shape: Churchill, "Friction-factor equation spans all fluid-flow regimes", Chem. Eng. 84 (1977), as in fluids libraries.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(8)]
public partial class ChurchillAllRegimeFriction
{
    const double Length = 100.0, Diameter = 0.1, KinematicViscosity = 1e-6, Gravity = 9.80665;

    static double Sigmoid(double v) => 0.5 * (1 + Math.Tanh(0.5 * v));

    static double Churchill(double re, double relativeRoughness)
    {
        double a = Math.Pow(-2.457 * Math.Log(Math.Pow(7.0 / re, 0.9) + 0.27 * relativeRoughness), 16);
        double b = Math.Pow(37530.0 / re, 16);
        return 8 * Math.Pow(Math.Pow(8.0 / re, 12) + Math.Pow(a + b, -1.5), 1.0 / 12);
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int p = 0; p < 4; p++)
        {
            double re = Math.Pow(10, 2 + 4 * Sigmoid(x[2 * p]));
            double roughness = Math.Pow(10, -5 + 2 * Sigmoid(x[2 * p + 1]));
            double f = Churchill(re, roughness);
            double velocity = re * KinematicViscosity / Diameter;
            y[2 * p] = f;
            y[2 * p + 1] = f * Length / Diameter * velocity * velocity / (2 * Gravity);
        }
    }
}
