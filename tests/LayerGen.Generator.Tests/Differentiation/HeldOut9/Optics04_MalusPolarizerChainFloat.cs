// Optics: unpolarised light through a chain of six linear polarisers at angles π·tanh(x), each passing
// (1 − ε) cos²Δθ + ε sin²Δθ of the light (Malus's law with a learnable leakage ε, a logit), the intensity after each.
// Shape: a physics-lab script of Malus's law with real (finite-extinction) polarisers, in float C#.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(6)]
public partial class MalusPolarizerChainFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(1, Initial = -5)] ReadOnlySpan<float> leakageLogit)
    {
        float leakage = 0.5f * (1f + MathF.Tanh(0.5f * leakageLogit[0]));
        float intensity = 0.5f;                       // the first polariser passes half of unpolarised light
        float previous = MathF.PI * MathF.Tanh(x[0]);
        y[0] = intensity;
        for (int k = 1; k < x.Length; k++)
        {
            float angle = MathF.PI * MathF.Tanh(x[k]);
            float c = MathF.Cos(angle - previous);
            float s = MathF.Sin(angle - previous);
            intensity *= (1f - leakage) * c * c + leakage * s * s;
            y[k] = intensity;
            previous = angle;
        }
    }
}
