// Planar normalising flow (Rezende & Mohamed 2015): y = x + u·tanh(wᵀx + b) with learnable u, w and b
// (the forward of pyro.distributions.transforms.Planar / normflows' Planar, without the û reparametrisation).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(8)]
public partial class PlanarFlowLearnable
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(8, StandardDeviation = 0.1)] ReadOnlySpan<double> u,
        [Learnable(8, StandardDeviation = 0.1)] ReadOnlySpan<double> w,
        [Learnable(1)] ReadOnlySpan<double> b)
    {
        double activation = b[0];
        for (int i = 0; i < x.Length; i++)
            activation += w[i] * x[i];
        double h = Math.Tanh(activation);
        for (int i = 0; i < x.Length; i++)
            y[i] = x[i] + u[i] * h;
    }
}
