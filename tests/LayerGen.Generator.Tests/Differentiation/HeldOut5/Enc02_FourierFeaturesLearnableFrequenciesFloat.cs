// Random Fourier features with learnable frequencies (Tancik et al. 2020, "Fourier Features Let Networks Learn High
// Frequency Functions", with B trained instead of frozen): y = [cos(2π Bx), sin(2π Bx)].
// At ±1000 the phase 2π·Bx moves by radians within the check's step (1e-5·|v| = 0.01): no difference
// quotient can follow the forward there, so the large row is left out (the forward itself is finite).
// rows: no-large
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(4, 16)]
public partial class FourierFeaturesLearnableFrequenciesFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(32, StandardDeviation = 0.5)] ReadOnlySpan<float> frequencies)
    {
        const int features = 8;
        for (int f = 0; f < features; f++)
        {
            float phase = 0f;
            for (int d = 0; d < x.Length; d++) phase += frequencies[f * x.Length + d] * x[d];
            phase *= 2f * MathF.PI;
            y[f] = MathF.Cos(phase);
            y[features + f] = MathF.Sin(phase);
        }
    }
}
