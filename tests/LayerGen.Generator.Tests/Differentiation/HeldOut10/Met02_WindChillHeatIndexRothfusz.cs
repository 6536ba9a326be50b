// expect: gradient
// Meteorology: the 2001 NWS/Environment Canada wind chill (13.12 + 0.6215 T − 11.37 V^0.16 + 0.3965 T V^0.16) and the
// Rothfusz heat index regression in °F, both computed for every (T, wind, RH) triple, as weather libraries write them
// with Math.Pow. Temperatures 20·tanh(x/20) °C, wind 5 + softplus km/h, RH as a sigmoid percentage.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(9, 6)]
public partial class WindChillHeatIndexRothfusz
{
    static double HeatIndexF(double tf, double rh)
    {
        double hi = -42.379 + 2.04901523 * tf + 10.14333127 * rh - 0.22475541 * tf * rh;
        hi += -6.83783e-3 * tf * tf - 5.481717e-2 * rh * rh;
        hi += 1.22874e-3 * tf * tf * rh + 8.5282e-4 * tf * rh * rh - 1.99e-6 * tf * tf * rh * rh;
        return hi;
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int k = 0; k < 3; k++)
        {
            double t = 20.0 * Math.Tanh(x[3 * k] / 20.0);
            double wind = 5.0 + Math.Log(1.0 + Math.Exp(-Math.Abs(x[3 * k + 1]))) + Math.Max(x[3 * k + 1], 0.0);
            double rh = 100.0 / (1.0 + Math.Exp(-x[3 * k + 2]));
            double v16 = Math.Pow(wind, 0.16);
            y[2 * k] = 13.12 + 0.6215 * t - 11.37 * v16 + 0.3965 * t * v16;
            double tf = 80.0 + 1.8 * t;
            y[2 * k + 1] = (HeatIndexF(tf, rh) - 32.0) / 1.8;
        }
    }
}
