// FAO-56 Penman–Monteith reference evapotranspiration for four days; the row holds standardised (T, wind, Rn, RH-logit)
// per day, mapped to physical units first; saturation vapour pressure and its slope come from a named-tuple helper.
// Shape of: FAO Irrigation and Drainage Paper 56, eq. 6, as coded in pyet / PyETo (from memory).
// expect: gradient
// rows: no-large
// T = 18 + 6x crosses −237.3 °C (the Tetens denominator) and exp(0.4x) overflows at |x| ≈ 1000.
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(16, 4)]
public partial class PenmanMonteithReferenceEt
{
    const double Gamma = 0.0665;        // psychrometric constant at ~100 kPa, kPa/°C

    static (double Es, double Slope) SaturationVapour(double t)
    {
        double es = 0.6108 * Math.Exp(17.27 * t / (t + 237.3));
        double slope = 4098 * es / ((t + 237.3) * (t + 237.3));
        return (es, slope);
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int day = 0; day < 4; day++)
        {
            double t = 18 + 6 * x[checked(4 * day)];
            double u2 = 2 * Math.Exp(0.4 * x[checked(4 * day + 1)]);
            double rn = 12 + 4 * x[checked(4 * day + 2)];
            double rh = 1 / (1 + Math.Exp(-x[checked(4 * day + 3)]));

            var (es, delta) = SaturationVapour(t);
            double ea = rh * es;
            double numerator = 0.408 * delta * rn + Gamma * 900 / (t + 273) * u2 * (es - ea);
            y[day] = numerator / (delta + Gamma * (1 + 0.34 * u2));
        }
    }
}
