// Predator–prey (Lotka–Volterra) dynamics for three populations pairs, five classical RK4 steps of 0.1; the
// starting populations are softplus of the row (written with log1p-style stability), the vector field a local
// function returning a tuple. Shape of the Lotka–Volterra example of scipy's solve_ivp / a hand-written RK4, from memory.
// A user expects the gradient of the final populations.
// expect: gradient
// rows: no-large
// no-large: populations of 1000 make the quadratic terms blow up within five steps (values beyond 1e100 and
// difference quotients at h = 0.01 that follow nothing).
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(6)]
public partial class LotkaVolterraRk4LocalFunction
{
    const double A = 1.1, B = 0.4, C = 0.4, D = 0.1, H = 0.1;
    const int Steps = 5;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        (double, double) Field(double prey, double predator) =>
            (A * prey - B * prey * predator, D * prey * predator - C * predator);

        for (int pair = 0; pair < 3; pair++)
        {
            double u = Math.Max(x[2 * pair], 0) + Math.Log(1 + Math.Exp(-Math.Abs(x[2 * pair])));
            double w = Math.Max(x[2 * pair + 1], 0) + Math.Log(1 + Math.Exp(-Math.Abs(x[2 * pair + 1])));
            for (int step = 0; step < Steps; step++)
            {
                var (k1u, k1w) = Field(u, w);
                var (k2u, k2w) = Field(u + 0.5 * H * k1u, w + 0.5 * H * k1w);
                var (k3u, k3w) = Field(u + 0.5 * H * k2u, w + 0.5 * H * k2w);
                var (k4u, k4w) = Field(u + H * k3u, w + H * k3w);
                u += H / 6 * (k1u + 2 * k2u + 2 * k3u + k4u);
                w += H / 6 * (k1w + 2 * k2w + 2 * k3w + k4w);
            }
            y[2 * pair] = u;
            y[2 * pair + 1] = w;
        }
    }
}
