// Hargreaves–Samani reference evapotranspiration for three sites: the row holds (latitude, day of year, mean
// temperature, diurnal range) features; extraterrestrial radiation Ra by FAO-56 eqs. 21–25 (degrees to radians written
// as · Math.PI / 180, sunset hour angle by Math.Acos), then ET₀ = 0.0023 · 0.408 Ra (T + 17.8) √(T_max − T_min).
// Shape of: Hargreaves & Samani 1985 with FAO-56's Ra, as in PyETo's hargreaves / et_rad (from memory).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(12, 3)]
public partial class HargreavesSamaniWithRadiation
{
    const double SolarConstant = 0.0820;   // MJ m⁻² min⁻¹

    static double ExtraterrestrialRadiation(double latitude, double day)
    {
        double dr = 1 + 0.033 * Math.Cos(2 * Math.PI / 365 * day);
        double declination = 0.409 * Math.Sin(2 * Math.PI / 365 * day - 1.39);
        double sunset = Math.Acos(-Math.Tan(latitude) * Math.Tan(declination));
        return 24 * 60 / Math.PI * SolarConstant * dr
            * (sunset * Math.Sin(latitude) * Math.Sin(declination) + Math.Cos(latitude) * Math.Cos(declination) * Math.Sin(sunset));
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int site = 0; site < 3; site++)
        {
            var f = x.Slice(4 * site, 4);
            double latitude = 50 * Math.Tanh(f[0]) * Math.PI / 180;
            double day = 172 + 90 * Math.Tanh(f[1]);
            double mean = 15 + 5 * f[2];
            double range = 1 + 12 / (1 + Math.Exp(-f[3]));
            double ra = ExtraterrestrialRadiation(latitude, day);
            y[site] = 0.0023 * 0.408 * ra * (mean + 17.8) * Math.Sqrt(range);
        }
    }
}
