// expect: gradient
// AR(2) by Yule–Walker on the row: a helper returning (mean, variance sum) as a named tuple, a lag-autocovariance
// helper with a loop, φ₁ = r₁(1 − r₂)/(1 − r₁²), φ₂ = (r₂ − r₁²)/(1 − r₁²), the innovation variance and the next-step
// forecast; an early return for a constant row. Shape from statsmodels' yule_walker; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(12, 4)]
public partial class YuleWalkerAr2TupleHelperGuard
{
    static (double Mean, double SumSquares) Moments(ReadOnlySpan<double> v)
    {
        double mean = 0;
        for (int i = 0; i < v.Length; i++) mean += v[i];
        mean /= v.Length;
        double sumSquares = 0;
        for (int i = 0; i < v.Length; i++) sumSquares += (v[i] - mean) * (v[i] - mean);
        return (mean, sumSquares);
    }

    static double LagProduct(ReadOnlySpan<double> v, double mean, int lag)
    {
        double s = 0;
        for (int t = lag; t < v.Length; t++) s += (v[t] - mean) * (v[t - lag] - mean);
        return s;
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        var (mean, c0) = Moments(x);
        if (c0 == 0)
        {
            y.Clear();
            return;
        }

        double r1 = LagProduct(x, mean, 1) / c0;
        double r2 = LagProduct(x, mean, 2) / c0;
        double phi1 = r1 * (1 - r2) / (1 - r1 * r1);
        double phi2 = (r2 - r1 * r1) / (1 - r1 * r1);
        y[0] = phi1;
        y[1] = phi2;
        y[2] = c0 / x.Length * (1 - phi1 * r1 - phi2 * r2);
        y[3] = mean + phi1 * (x[^1] - mean) + phi2 * (x[^2] - mean);
    }
}
