// expect: gradient
// Meteorology: the 1976 US Standard Atmosphere's pressure, temperature and density up to 47 km, layer by layer from
// static readonly base-height / lapse-rate tables: the power law in a gradient layer and the exponential in an
// isothermal one (an if on the lapse rate), accumulating base pressures as a flight-dynamics port does. Altitudes
// are 23 + 22·tanh(x/2) km; pressure is C¹ across the layer boundaries, temperature has kinks at 11, 20 and 32 km.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(3, 9)]
public partial class StandardAtmosphereLayersTable
{
    static readonly double[] BaseHeight = { 0.0, 11.0, 20.0, 32.0 };     // km
    static readonly double[] LapseRate = { -6.5, 0.0, 1.0, 2.8 };        // K/km
    const double GravityOverR = 34.1632;                                  // g0·M/R* in K/km

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int s = 0; s < x.Length; s++)
        {
            double h = 23.0 + 22.0 * Math.Tanh(x[s] / 2.0);
            double pressure = 101325.0, baseTemperature = 288.15;
            double temperature = baseTemperature;
            for (int layer = 0; layer < BaseHeight.Length; layer++)
            {
                double top = layer + 1 < BaseHeight.Length ? BaseHeight[layer + 1] : 1e9;
                if (h <= BaseHeight[layer]) continue;
                double dz = Math.Min(h, top) - BaseHeight[layer];
                double lapse = LapseRate[layer];
                temperature = baseTemperature + lapse * dz;
                if (lapse == 0.0)
                    pressure *= Math.Exp(-GravityOverR * dz / baseTemperature);
                else
                    pressure *= Math.Pow(temperature / baseTemperature, -GravityOverR / lapse);
                baseTemperature = temperature;
            }
            y[3 * s] = pressure / 1000.0;
            y[3 * s + 1] = temperature;
            y[3 * s + 2] = pressure / (287.053 * temperature);
        }
    }
}
