// Snake activation x + sin^2(alpha x) / alpha (Ziyin et al. 2020) with a learnable alpha per channel and the 1e-9 guard.
// Re-creates: the Snake module used in BigVGAN/DAC-style vocoders (shape only; our own code).
// expect: gradient
// rows: no-large
// (no-large: at |x| = 1000, sin(alpha x) turns every 2pi/1000 in alpha; a central difference with h = 1e-5 is off by ~1e-5
// relative there, so those rows cannot be checked, though the forward itself stays finite.)
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(6)]
public partial class SnakeLearnableAlpha
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(6, Initial = 1)] ReadOnlySpan<double> alpha)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double s = Math.Sin(alpha[i] * x[i]);
            y[i] = x[i] + 1.0 / (alpha[i] + 1e-9) * Math.Pow(s, 2);
        }
    }
}
