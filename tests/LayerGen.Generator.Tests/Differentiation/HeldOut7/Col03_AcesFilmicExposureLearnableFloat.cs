// Tone mapping of log2-luminance inputs: radiance 2^(v + exposure) with a learnable exposure in stops
// (float.Exp2), Krzysztof Narkowicz's ACES filmic fit (x(2.51x + 0.03)) / (x(2.43x + 0.59) + 0.14), then a 1/2.2
// display gamma by MathF.Pow. Shape of the widely copied ACESFilm() shader function, ported to C# from memory.
// A user expects the gradient for the inputs and the exposure.
// expect: gradient
// rows: no-large
// no-large: 2^1000 is +∞ in float (and 2^−1000 is 0, where the gamma's slope is infinite) inside the forward.
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(8)]
public partial class AcesFilmicExposureLearnableFloat
{
    const float A = 2.51f, B = 0.03f, C = 2.43f, D = 0.59f, E = 0.14f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(1)] ReadOnlySpan<float> exposure)
    {
        for (int i = 0; i < x.Length; i++)
        {
            float radiance = float.Exp2(x[i] + exposure[0]);
            float mapped = radiance * (A * radiance + B) / (radiance * (C * radiance + D) + E);
            y[i] = MathF.Pow(mapped, 1f / 2.2f);
        }
    }
}
