// Gaussian noise injection while training (Keras GaussianNoise; x + σ·torch.randn_like(x)), the normal draw by Box–Muller
// from Random.Shared: the row's output is not a function of x, so there is no derivative to derive.
// expect: error
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(16)]
public partial class GaussianNoiseRandomShared
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const double Sigma = 0.1;
        for (int i = 0; i < x.Length; i++)
        {
            double noise = Math.Sqrt(-2 * Math.Log(1 - Random.Shared.NextDouble())) * Math.Cos(2 * Math.PI * Random.Shared.NextDouble()); //~ LG11
            y[i] = x[i] + Sigma * noise;
        }
    }
}
