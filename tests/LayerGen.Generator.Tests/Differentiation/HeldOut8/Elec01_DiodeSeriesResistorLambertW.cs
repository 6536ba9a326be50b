// Current through a diode in series with a resistor for six source voltages (V = 2 tanh x): the closed form
// I = (nV_T / R) W((I_s R / nV_T) e^((V + I_s R) / nV_T)) − I_s with the Lambert W solved in log form
// (w + ln w = L) by eight Newton steps from a branch-chosen start; learnable log R; output in mA.
// Shape of: the Lambert-W diode solution (Banwell & Jayakumar 2000) as coded in circuit-simulation notebooks (from memory).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(6)]
public partial class DiodeSeriesResistorLambertW
{
    const double SaturationCurrent = 1e-12, ThermalVoltage = 0.0259 * 1.5;

    static double LambertWOfExp(double logArgument)
    {
        double w = logArgument > 1 ? logArgument - Math.Log(logArgument) : Math.Exp(logArgument);
        for (int i = 0; i < 8; i++)
            w = w * (1 - Math.Log(w) + logArgument) / (1 + w);
        return w;
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(1, Initial = 4.6)] ReadOnlySpan<double> logResistance)
    {
        double r = Math.Exp(logResistance[0]);
        for (int i = 0; i < x.Length; i++)
        {
            double v = 2 * Math.Tanh(x[i]);
            double logArgument = Math.Log(SaturationCurrent * r / ThermalVoltage) + (v + SaturationCurrent * r) / ThermalVoltage;
            double current = ThermalVoltage / r * LambertWOfExp(logArgument) - SaturationCurrent;
            y[i] = 1000 * current;
        }
    }
}
