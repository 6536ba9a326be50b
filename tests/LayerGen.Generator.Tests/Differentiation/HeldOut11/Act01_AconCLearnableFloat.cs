// expect: gradient
// ACON-C activation (Ma et al., "Activate or Not", CVPR 2021): (p1 − p2)·x·σ(β·(p1 − p2)·x) + p2·x with learnable
// p1, p2 and β per channel (float). Shape of the paper's PyTorch AconC module ported channel by channel, written from
// memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(8)]
public partial class AconCLearnableFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                           [Learnable(8, Initial = 1f, StandardDeviation = 0.1f)] ReadOnlySpan<float> p1,
                           [Learnable(8, Initial = 0.25f, StandardDeviation = 0.1f)] ReadOnlySpan<float> p2,
                           [Learnable(8, Initial = 1f)] ReadOnlySpan<float> beta)
    {
        for (int c = 0; c < x.Length; c++)
        {
            float dpx = (p1[c] - p2[c]) * x[c];
            float z = beta[c] * dpx;
            float gate = z >= 0 ? 1f / (1f + MathF.Exp(-z)) : MathF.Exp(z) / (1f + MathF.Exp(z));
            y[c] = dpx * gate + p2[c] * x[c];
        }
    }
}
