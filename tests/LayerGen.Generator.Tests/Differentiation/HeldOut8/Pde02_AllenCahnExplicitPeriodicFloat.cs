// Two explicit Euler steps of the Allen–Cahn equation u_t = ε² u_xx + u − u³ on a periodic 1-D grid (the row),
// neighbours by modular index arithmetic, as a PINN-style "physics step" layer.
// Shape of: the Allen–Cahn benchmark of the PINN literature (Raissi et al. 2019, its data-generation scripts), from memory.
// expect: gradient
// rows: no-large
// the cubic term: at |u| ≈ 1000 one step gives |u| ≈ 5·10⁷ and the next ~10²¹; no central difference at h = 1e-5·|u| follows it.
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(10)]
public partial class AllenCahnExplicitPeriodicFloat
{
    const float Epsilon2 = 0.0001f, Dt = 0.05f, Dx = 0.1f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        int n = x.Length;
        Span<float> u = stackalloc float[n];
        x.CopyTo(u);
        for (int step = 0; step < 2; step++)
        {
            for (int i = 0; i < n; i++)
            {
                float left = u[(i - 1 + n) % n], right = u[(i + 1) % n];
                float lap = (left - 2.0f * u[i] + right) / (Dx * Dx);
                y[i] = u[i] + Dt * (Epsilon2 * lap + u[i] - u[i] * u[i] * u[i]);
            }
            y.CopyTo(u);
        }
    }
}
