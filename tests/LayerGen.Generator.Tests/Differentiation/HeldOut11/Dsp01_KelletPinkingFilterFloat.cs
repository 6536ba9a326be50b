// expect: gradient
// Paul Kellet's "economy" pinking filter, three one-pole sections b_k ← c_k·b_k + g_k·x summed with a direct term,
// coefficients in static readonly tables and the state in a stackalloc buffer, run over a 12-sample block (float).
// Shape of the musicdsp.org pink-noise filter ported to C#, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(12)]
public partial class KelletPinkingFilterFloat
{
    static readonly float[] Pole = { 0.99765f, 0.96300f, 0.57000f };
    static readonly float[] Gain = { 0.0990460f, 0.2965164f, 1.0526913f };
    const float Direct = 0.1848f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        Span<float> state = stackalloc float[3];
        for (int n = 0; n < x.Length; n++)
        {
            float white = x[n];
            float pink = Direct * white;
            for (int k = 0; k < 3; k++)
            {
                state[k] = Pole[k] * state[k] + Gain[k] * white;
                pink += state[k];
            }
            y[n] = pink * 0.11f;
        }
    }
}
