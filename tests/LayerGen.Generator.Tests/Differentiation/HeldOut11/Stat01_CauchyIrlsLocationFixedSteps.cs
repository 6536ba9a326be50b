// expect: gradient
// A robust location estimate by iteratively reweighted least squares with Cauchy weights w = 1/(1 + (r/c)²),
// started at the mean and run for ten fixed iterations (c = 2.385·scale, scale the standard deviation about the mean),
// outputs the location and the standardised residuals. Shape of statsmodels' RLM with CauchyNorm reduced to a
// location, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(8, 9)]
public partial class CauchyIrlsLocationFixedSteps
{
    const double Tuning = 2.385;

    static double Mean(ReadOnlySpan<double> v)
    {
        double s = 0;
        foreach (double e in v) s += e;
        return s / v.Length;
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double location = Mean(x);
        double scale = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double r = x[i] - location;
            scale += r * r;
        }
        scale = Math.Sqrt(scale / x.Length);
        double c = Tuning * scale;

        for (int iteration = 0; iteration < 10; iteration++)
        {
            double num = 0, den = 0;
            for (int i = 0; i < x.Length; i++)
            {
                double u = (x[i] - location) / c;
                double w = 1.0 / (1.0 + u * u);
                num += w * x[i];
                den += w;
            }
            location = num / den;
        }

        y[0] = location;
        for (int i = 0; i < x.Length; i++) y[i + 1] = (x[i] - location) / scale;
    }
}
