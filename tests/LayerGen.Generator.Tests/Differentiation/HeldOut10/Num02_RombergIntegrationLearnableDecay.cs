// expect: gradient
// Numerical methods: Romberg integration (Richardson extrapolation of the trapezoid rule, four levels in a flattened
// lower-triangular stackalloc table R[i*4 + j]) of f(t) = exp(−λt)·(1 + a t)² on [0, 1], one integral per (a) in the
// row, with a learnable log λ: the Numerical Recipes qromb shape without its convergence exit.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(4)]
public partial class RombergIntegrationLearnableDecay
{
    const int Levels = 4;

    static double Integrand(double t, double lambda, double a) => Math.Exp(-lambda * t) * (1.0 + a * t) * (1.0 + a * t);

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(1, Initial = 0.5)] ReadOnlySpan<double> logDecay)
    {
        double lambda = Math.Exp(logDecay[0]);
        Span<double> r = stackalloc double[Levels * Levels];
        for (int q = 0; q < x.Length; q++)
        {
            double a = Math.Tanh(x[q]);
            r[0] = 0.5 * (Integrand(0.0, lambda, a) + Integrand(1.0, lambda, a));
            int panels = 1;
            for (int i = 1; i < Levels; i++)
            {
                double h = 1.0 / (2 * panels);
                double midpoints = 0.0;
                for (int k = 0; k < panels; k++) midpoints += Integrand((2 * k + 1) * h, lambda, a);
                r[i * Levels] = 0.5 * r[(i - 1) * Levels] + h * midpoints;
                double factor = 4.0;
                for (int j = 1; j <= i; j++)
                {
                    r[i * Levels + j] = r[i * Levels + j - 1] + (r[i * Levels + j - 1] - r[(i - 1) * Levels + j - 1]) / (factor - 1.0);
                    factor *= 4.0;
                }
                panels *= 2;
            }
            y[q] = r[Levels * Levels - 1];
        }
    }
}
