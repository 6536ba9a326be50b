// expect: gradient
// Steinhart–Hart thermistor temperatures, 1/T = A + B·ln R + C·(ln R)³, for three parts whose coefficients sit in a
// flat static readonly table, resistances R = R25·e^(2·tanh x) around their nominal 10 kΩ, outputs in °C. Shape of
// Arduino thermistor sketches ported to C#, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(6)]
public partial class SteinhartHartThermistorTable
{
    // A, B, C per part
    static readonly double[] Coefficients =
    {
        1.009249522e-3, 2.378405444e-4, 2.019202697e-7,
        1.129148e-3, 2.34125e-4, 8.76741e-8,
        1.125308852e-3, 2.347118724e-4, 8.5663516e-8,
    };

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            int part = i % 3;
            double a = Coefficients[3 * part], b = Coefficients[3 * part + 1], c = Coefficients[3 * part + 2];
            double resistance = 10_000.0 * Math.Exp(2.0 * Math.Tanh(x[i]));
            double lnR = Math.Log(resistance);
            double inverseKelvin = a + b * lnR + c * lnR * lnR * lnR;
            y[i] = 1.0 / inverseKelvin - 273.15;
        }
    }
}
