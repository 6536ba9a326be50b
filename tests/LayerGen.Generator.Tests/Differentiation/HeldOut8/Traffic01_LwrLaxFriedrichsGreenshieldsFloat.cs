// Three Lax–Friedrichs steps of the Lighthill–Whitham–Richards traffic model on a ring road of ten cells: densities
// σ(x), Greenshields flux q = v ρ(1 − ρ) with a learnable log free-flow speed, Δt/Δx = 0.4, periodic neighbours by %,
// two stackalloc buffers swapped by CopyTo.
// Shape of: the LWR first-order schemes of LeVeque's "Numerical Methods for Conservation Laws" as coded in traffic notebooks (from memory).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(10)]
public partial class LwrLaxFriedrichsGreenshieldsFloat
{
    const float Ratio = 0.4f;   // Δt / Δx

    static float Flux(float rho, float speed) => speed * rho * (1.0f - rho);

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(1)] ReadOnlySpan<float> logSpeed)
    {
        int n = x.Length;
        float speed = MathF.Exp(logSpeed[0]);
        Span<float> rho = stackalloc float[n];
        Span<float> next = stackalloc float[n];
        for (int i = 0; i < n; i++) rho[i] = 1.0f / (1.0f + MathF.Exp(-x[i]));

        for (int step = 0; step < 3; step++)
        {
            for (int i = 0; i < n; i++)
            {
                int left = (i + n - 1) % n, right = (i + 1) % n;
                next[i] = 0.5f * (rho[left] + rho[right]) - 0.5f * Ratio * (Flux(rho[right], speed) - Flux(rho[left], speed));
            }
            next.CopyTo(rho);
        }
        rho.CopyTo(y);
    }
}
