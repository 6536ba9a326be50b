// expect: gradient
// Meteorology: potential temperature θ = T(p₀/p)^(R/c_p) and Bolton's (1980) equivalent potential temperature
// θ_e = θ·exp((3.376/T_L − 0.00254)·r(1 + 0.81e-3 r)) with the mixing ratio from Bolton's vapour pressure, the
// thermodynamic helpers in a sibling static class of the same file (a MetPy-like `Thermo` utility class), one of them
// returning a named tuple that ForwardRow deconstructs. The dew point is 5 K below the temperature.
using System;
using LayerGen;

namespace HeldOut10;

static class Thermo
{
    public const double Kappa = 0.2857;

    public static double VapourPressure(double celsius) => 6.112 * Math.Exp(17.67 * celsius / (celsius + 243.5));

    public static double MixingRatio(double vapour, double pressure) => 622.0 * vapour / (pressure - vapour);   // g/kg

    public static (double Theta, double Lcl) ThetaAndLcl(double kelvin, double dewKelvin, double pressure)
    {
        double theta = kelvin * Math.Pow(1000.0 / pressure, Kappa);
        double lcl = 56.0 + 1.0 / (1.0 / (dewKelvin - 56.0) + Math.Log(kelvin / dewKelvin) / 800.0);
        return (theta, lcl);
    }
}

[DifferentiableLayer(6, 6)]
public partial class EquivalentPotentialTemperatureSiblingHelpers
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int k = 0; k < 3; k++)
        {
            double celsius = 10.0 + 15.0 * Math.Tanh(x[2 * k] / 3.0);
            double pressure = 850.0 + 150.0 * Math.Tanh(x[2 * k + 1] / 3.0);
            double kelvin = celsius + 273.15;
            var (theta, lcl) = Thermo.ThetaAndLcl(kelvin, kelvin - 5.0, pressure);
            double r = Thermo.MixingRatio(Thermo.VapourPressure(celsius - 5.0), pressure);
            y[2 * k] = theta;
            y[2 * k + 1] = theta * Math.Exp((3.376 / lcl - 0.00254) * r * (1.0 + 0.81e-3 * r));
        }
    }
}
