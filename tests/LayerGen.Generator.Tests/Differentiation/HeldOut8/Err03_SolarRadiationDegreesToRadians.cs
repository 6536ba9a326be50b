// FAO-56 extraterrestrial radiation Ra for four (latitude, day-of-year) pairs; the latitude in degrees is converted
// with .NET's double.DegreesToRadians (a call docs/custom-layers.md does not list; write v · π / 180).
// Shape of: FAO-56 eq. 21 as coded in PyETo's et_rad (from memory).
// expect: error
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(8, 4)]
public partial class SolarRadiationDegreesToRadians
{
    const double SolarConstant = 0.0820;   // MJ m⁻² min⁻¹

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < y.Length; i++)
        {
            double latitude = double.DegreesToRadians(50 * Math.Tanh(x[2 * i])); //~ LG11
            double day = 172 + 90 * Math.Tanh(x[2 * i + 1]);
            double dr = 1 + 0.033 * Math.Cos(2 * Math.PI / 365 * day);
            double declination = 0.409 * Math.Sin(2 * Math.PI / 365 * day - 1.39);
            double sunset = Math.Acos(-Math.Tan(latitude) * Math.Tan(declination));
            y[i] = 24 * 60 / Math.PI * SolarConstant * dr
                * (sunset * Math.Sin(latitude) * Math.Sin(declination) + Math.Cos(latitude) * Math.Cos(declination) * Math.Sin(sunset));
        }
    }
}
