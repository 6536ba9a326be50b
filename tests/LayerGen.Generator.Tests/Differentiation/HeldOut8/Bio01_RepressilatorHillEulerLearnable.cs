// The repressilator (three genes repressing each other in a ring) by 20 explicit Euler steps: mᵢ' = −mᵢ + α / (1 +
// pⱼⁿ) + α₀, pᵢ' = −β (pᵢ − mᵢ), j the previous gene; learnable log Hill coefficient and log α; the row holds the initial
// mRNA and protein levels (softplus + 10⁻³ keeps them positive), the output the final state.
// Shape of: Elowitz & Leibler 2000, as in systems-biology course code (e.g. the BE 150 / Bois repressilator notebooks), from memory.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(6)]
public partial class RepressilatorHillEulerLearnable
{
    const double Beta = 2.0, Leak = 0.05, Dt = 0.1;

    static double Softplus(double v) => Math.Max(v, 0) + Math.Log(1 + Math.Exp(-Math.Abs(v)));

    static double Repression(double protein, double alpha, double hill) => alpha / (1 + Math.Pow(protein, hill));

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(1, Initial = 0.693)] ReadOnlySpan<double> logHill,
        [Learnable(1, Initial = 1.609)] ReadOnlySpan<double> logAlpha)
    {
        double hill = Math.Exp(logHill[0]), alpha = Math.Exp(logAlpha[0]);
        Span<double> m = stackalloc double[3];
        Span<double> p = stackalloc double[3];
        Span<double> dm = stackalloc double[3];
        for (int i = 0; i < 3; i++)
        {
            m[i] = Softplus(x[i]) + 1e-3;
            p[i] = Softplus(x[3 + i]) + 1e-3;
        }

        for (int step = 0; step < 20; step++)
        {
            for (int i = 0; i < 3; i++)
                dm[i] = -m[i] + Repression(p[(i + 2) % 3], alpha, hill) + Leak;
            for (int i = 0; i < 3; i++)
            {
                p[i] += Dt * (-Beta * (p[i] - m[i]));
                m[i] += Dt * dm[i];
            }
        }

        for (int i = 0; i < 3; i++)
        {
            y[i] = m[i];
            y[3 + i] = p[i];
        }
    }
}
