// A leaky integrate-and-fire neuron driven by twelve input currents (the row), with a smooth spike
// s = ½ + ½·u/(1 + |u|) (snnTorch's fast-sigmoid shape) of u = k·(v − θ) and a soft reset v −= s·θ; the leak β = σ(b)
// and the threshold θ are learnable. Shape of snntorch.Leaky's update with the surrogate used in the forward, from memory.
// A user expects the gradient for the currents, b and θ.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(12)]
public partial class LeakyIntegrateFireSoftSpikesFloat
{
    const float Slope = 5f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                           [Learnable(1, Initial = 2)] ReadOnlySpan<float> leak,
                           [Learnable(1, Initial = 1)] ReadOnlySpan<float> threshold)
    {
        float beta = 1f / (1f + MathF.Exp(-leak[0]));
        float membrane = 0f;
        for (int t = 0; t < x.Length; t++)
        {
            membrane = beta * membrane + x[t];
            float u = Slope * (membrane - threshold[0]);
            float spike = 0.5f + 0.5f * u / (1f + MathF.Abs(u));
            membrane -= spike * threshold[0];
            y[t] = spike;
        }
    }
}
