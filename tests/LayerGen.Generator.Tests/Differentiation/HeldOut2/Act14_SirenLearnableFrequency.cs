// SIREN-style sine activation with omega_0 = 30 on a per-channel learnable affine, y = sin(30 (w x + b)).
// Re-creates: the SineLayer of Sitzmann et al. 2020 reduced to a diagonal weight (shape only; our own code).
// expect: gradient
// rows: no-large
// (no-large: at |x| = 1000 the phase is ~3e4 and turns every ~2e-4 in w; a central difference with h = 1e-5 cannot
// follow it, though the forward stays finite.)
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(6)]
public partial class SirenLearnableFrequency
{
    const float Omega0 = 30f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                           [Learnable(6, Initial = 1, StandardDeviation = 0.1)] ReadOnlySpan<float> w,
                           [Learnable(6)] ReadOnlySpan<float> b)
    {
        for (int i = 0; i < 6; i++)
            y[i] = MathF.Sin(Omega0 * (w[i] * x[i] + b[i]));
    }
}
