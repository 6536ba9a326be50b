// A zero-dimensional energy-balance climate model stepped yearly: C dT/dt = S/4 (1 − α(T)) − ε σ T⁴ + F_t, with the
// ice–albedo feedback α(T) = 0.45 − 0.25 tanh((T − 265) / 10) (a local function) and the row as the forcing series.
// Shape of: Budyko–Sellers style EBMs as in climlab / "The Climate Laboratory" notebooks (from memory).
// expect: gradient
// rows: no-large
// forcing of ±1000 W/m² drives the explicit step unstable: T⁴ overflows within the twelve years.
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(12)]
public partial class EnergyBalanceIceAlbedoEuler
{
    const double SolarConstant = 1361, Emissivity = 0.61, StefanBoltzmann = 5.67e-8, HeatCapacity = 8.0;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        static double Albedo(double t) => 0.45 - 0.25 * Math.Tanh((t - 265) / 10);

        double temperature = 288;
        for (int year = 0; year < x.Length; year++)
        {
            double absorbed = SolarConstant / 4 * (1 - Albedo(temperature));
            double emitted = Emissivity * StefanBoltzmann * Math.Pow(temperature, 4);
            temperature += (absorbed - emitted + x[year]) / HeatCapacity;
            y[year] = temperature - 288;
        }
    }
}
