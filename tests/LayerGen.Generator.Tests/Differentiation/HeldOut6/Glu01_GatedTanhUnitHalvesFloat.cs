// expect: gradient
// WaveNet's gated activation unit (van den Oord et al. 2016) over the row halves, tanh(filter) ⊙ σ(gate), with the
// sigmoid written through tanh (σ(v) = (1 + tanh(v/2)) / 2) so it never overflows; float. Shape from WaveNet
// implementations; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(8, 4)]
public partial class GatedTanhUnitHalvesFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        int half = x.Length / 2;
        var filter = x[..half];
        var gate = x[half..];
        for (int i = 0; i < half; i++)
        {
            float sigma = 0.5f * (1f + MathF.Tanh(0.5f * gate[i]));
            y[i] = MathF.Tanh(filter[i]) * sigma;
        }
    }
}
