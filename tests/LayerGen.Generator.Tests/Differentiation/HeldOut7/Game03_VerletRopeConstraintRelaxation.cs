// Position-based rope constraints: five points in 2-D, three Gauss–Seidel relaxation sweeps that move both ends of
// each segment half-way towards its rest length, in place on a stackalloc copy (Jakobsen's "Advanced Character
// Physics" Verlet constraint loop, from memory).
// A user expects the gradient of the relaxed positions with respect to the input positions.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(10)]
public partial class VerletRopeConstraintRelaxation
{
    const int Points = 5, Iterations = 3;
    const double Rest = 0.75;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        Span<double> p = stackalloc double[2 * Points];
        for (int i = 0; i < p.Length; i++) p[i] = x[i];

        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            for (int s = 0; s < Points - 1; s++)
            {
                int a = 2 * s, b = 2 * s + 2;
                double dx = p[b] - p[a], dy = p[b + 1] - p[a + 1];
                double d = Math.Sqrt(dx * dx + dy * dy);
                double correction = 0.5 * (d - Rest) / d;
                p[a] += correction * dx;
                p[a + 1] += correction * dy;
                p[b] -= correction * dx;
                p[b + 1] -= correction * dy;
            }
        }

        for (int i = 0; i < p.Length; i++) y[i] = p[i];
    }
}
