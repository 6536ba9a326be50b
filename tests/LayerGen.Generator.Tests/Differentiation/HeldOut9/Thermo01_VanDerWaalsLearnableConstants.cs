// Thermodynamics: van der Waals pressure P = RT/(V_m − b) − a/V_m² and compressibility Z = P V_m/(RT) for four states,
// molar volume b + softplus(x) + 0.01 L/mol and temperature 250–450 K from the row; learnable log a and log b
// (CO₂: a ≈ 3.64 L²·bar/mol², b ≈ 0.0427 L/mol).
// Shape: a physical-chemistry problem set's equation-of-state script, ported to C#.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(8)]
public partial class VanDerWaalsLearnableConstants
{
    const double GasConstant = 0.083145;   // L·bar/(mol·K)

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(1, Initial = 1.292)] ReadOnlySpan<double> logA,
        [Learnable(1, Initial = -3.153)] ReadOnlySpan<double> logB)
    {
        double a = Math.Exp(logA[0]), b = Math.Exp(logB[0]);
        for (int s = 0; s < 4; s++)
        {
            double v = x[s];
            double volume = b + Math.Max(v, 0) + Math.Log(1 + Math.Exp(-Math.Abs(v))) + 0.01;
            double temperature = 350 + 100 * Math.Tanh(x[4 + s]);
            double rt = GasConstant * temperature;
            double pressure = rt / (volume - b) - a / (volume * volume);
            y[s] = pressure;
            y[4 + s] = pressure * volume / rt;
        }
    }
}
