// expect: gradient
// 1.5-entmax (Peters et al. 2019) without a sort: the max-shifted, halved scores u, fifty bisection steps on the
// threshold τ inside its known bracket [−1, −1/√n] to find the support, then the exact τ of that support from the
// quadratic Σ (u_i − τ)² = 1, and p_i = max(u_i − τ, 0)². Shape from entmax's bisection and sort-based forwards; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(8)]
public partial class Entmax15BisectionThenExactThreshold
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int n = x.Length;
        double max = x[0];
        for (int i = 1; i < n; i++)
            if (x[i] > max) max = x[i];

        Span<double> u = stackalloc double[8];
        for (int i = 0; i < n; i++) u[i] = (x[i] - max) / 2;

        double lo = -1.0, hi = -Math.Sqrt(1.0 / n);
        for (int iteration = 0; iteration < 50; iteration++)
        {
            double mid = 0.5 * (lo + hi);
            double f = -1.0;
            for (int i = 0; i < n; i++)
            {
                double d = Math.Max(u[i] - mid, 0.0);
                f += d * d;
            }
            if (f > 0) lo = mid;
            else hi = mid;
        }

        double guess = 0.5 * (lo + hi);
        int support = 0;
        double s1 = 0, s2 = 0;
        for (int i = 0; i < n; i++)
        {
            if (u[i] > guess)
            {
                support++;
                s1 += u[i];
                s2 += u[i] * u[i];
            }
        }
        double tau = (s1 - Math.Sqrt(s1 * s1 - support * (s2 - 1.0))) / support;
        for (int i = 0; i < n; i++)
        {
            double d = Math.Max(u[i] - tau, 0.0);
            y[i] = d * d;
        }
    }
}
