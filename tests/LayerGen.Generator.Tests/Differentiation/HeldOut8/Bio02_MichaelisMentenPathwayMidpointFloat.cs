// A linear enzyme pathway S → A → B → P with Michaelis–Menten rates vₖ = Vₖ c / (Kₖ + c) integrated by ten midpoint
// (RK2) steps; learnable log Vmax and log Km per enzyme; the row is the initial (S, A, B, P) through softplus.
// Shape of: tellurium / COPASI-style kinetic models hand-ported to NumPy with an explicit RK2 loop (from memory).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(4)]
public partial class MichaelisMentenPathwayMidpointFloat
{
    const float Dt = 0.1f;

    static float Rate(float vmax, float km, float c) => vmax * c / (km + c);

    static float Softplus(float v) => v > 20.0f ? v : MathF.Log(1.0f + MathF.Exp(v));

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(3)] ReadOnlySpan<float> logVmax,
        [Learnable(3)] ReadOnlySpan<float> logKm)
    {
        float v1 = MathF.Exp(logVmax[0]), v2 = MathF.Exp(logVmax[1]), v3 = MathF.Exp(logVmax[2]);
        float k1 = MathF.Exp(logKm[0]), k2 = MathF.Exp(logKm[1]), k3 = MathF.Exp(logKm[2]);
        float s = Softplus(x[0]), a = Softplus(x[1]), b = Softplus(x[2]), p = Softplus(x[3]);

        for (int step = 0; step < 10; step++)
        {
            float r1 = Rate(v1, k1, s), r2 = Rate(v2, k2, a), r3 = Rate(v3, k3, b);
            float sh = s - 0.5f * Dt * r1;
            float ah = a + 0.5f * Dt * (r1 - r2);
            float bh = b + 0.5f * Dt * (r2 - r3);
            r1 = Rate(v1, k1, sh);
            r2 = Rate(v2, k2, ah);
            r3 = Rate(v3, k3, bh);
            s -= Dt * r1;
            a += Dt * (r1 - r2);
            b += Dt * (r2 - r3);
            p += Dt * r3;
        }

        y[0] = s;
        y[1] = a;
        y[2] = b;
        y[3] = p;
    }
}
