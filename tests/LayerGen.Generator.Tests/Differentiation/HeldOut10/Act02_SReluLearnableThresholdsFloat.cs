// expect: gradient
// Activations: S-shaped ReLU (Jin et al. 2016): identity between two learnable thresholds t_l < t_r and learnable
// slopes a_l, a_r outside them, per channel, written as an if / else if / else chain as Keras-contrib's SReLU does;
// t_r is kept above t_l as t_l + |Δ|. Continuous, with kinks only at the thresholds.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(6)]
public partial class SReluLearnableThresholdsFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                           [Learnable(6, Initial = -0.4f)] ReadOnlySpan<float> leftThreshold,
                           [Learnable(6, Initial = 0.2f)] ReadOnlySpan<float> leftSlope,
                           [Learnable(6, Initial = 1.1f)] ReadOnlySpan<float> width,
                           [Learnable(6, Initial = 1.0f)] ReadOnlySpan<float> rightSlope)
    {
        for (int i = 0; i < x.Length; i++)
        {
            float tl = leftThreshold[i];
            float tr = tl + MathF.Abs(width[i]);
            float v = x[i];
            if (v >= tr)
                y[i] = tr + rightSlope[i] * (v - tr);
            else if (v > tl)
                y[i] = v;
            else
                y[i] = tl + leftSlope[i] * (v - tl);
        }
    }
}
