// expect: gradient
// Five explicit (FTCS) steps of the 1-D heat equation on the row as a grid, Dirichlet ends held at their initial
// values, r = κΔt/Δx² = 0.25; two stackalloc grids, the new one copied back with CopyTo each step, float. Shape from
// numerical-methods course code; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(10)]
public partial class HeatEquationExplicitStepsFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        const float r = 0.25f;
        Span<float> u = stackalloc float[10];
        Span<float> next = stackalloc float[10];
        x.CopyTo(u);
        for (int step = 0; step < 5; step++)
        {
            next[0] = u[0];
            next[^1] = u[^1];
            for (int i = 1; i < u.Length - 1; i++)
                next[i] = u[i] + r * (u[i - 1] - 2f * u[i] + u[i + 1]);
            next.CopyTo(u);
        }
        u.CopyTo(y);
    }
}
