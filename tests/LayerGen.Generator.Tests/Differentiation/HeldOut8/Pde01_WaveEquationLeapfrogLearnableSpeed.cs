// The 1-D wave equation u_tt = c² u_xx on the row as a grid (fixed ends), started from rest: one Taylor step, then
// leapfrog steps in three stackalloc grids rotated by CopyTo, with the Courant number² = 0.9·σ(learnable) (CFL-stable).
// Shape of: the explicit finite-difference wave solver of numerical-methods notes (e.g. Langtangen's wave1D_u0), from memory.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(12)]
public partial class WaveEquationLeapfrogLearnableSpeed
{
    const int Steps = 6;

    static double Laplacian(ReadOnlySpan<double> u, int i) => u[i - 1] - 2 * u[i] + u[i + 1];

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(1)] ReadOnlySpan<double> speed)
    {
        int n = x.Length;
        double c2 = 0.9 / (1 + Math.Exp(-speed[0]));
        Span<double> prev = stackalloc double[n];
        Span<double> cur = stackalloc double[n];
        Span<double> next = stackalloc double[n];

        x.CopyTo(prev);
        cur[0] = x[0];
        cur[n - 1] = x[n - 1];
        for (int i = 1; i < n - 1; i++)
            cur[i] = x[i] + 0.5 * c2 * Laplacian(x, i);     // from rest: u¹ = u⁰ + c²/2 Δu⁰

        int step = 1;
        do
        {
            next[0] = cur[0];
            next[n - 1] = cur[n - 1];
            for (int i = 1; i < n - 1; i++)
                next[i] = 2 * cur[i] - prev[i] + c2 * Laplacian(cur, i);
            cur.CopyTo(prev);
            next.CopyTo(cur);
            step++;
        } while (step < Steps);

        cur.CopyTo(y);
    }
}
