// expect: gradient
// rows: no-large
// StarReLU (MetaFormer baselines, Yu et al. 2022): s·ReLU(x)² + b with a learnable scalar scale and bias initialised
// as in the paper (0.8944, −0.4472), ReLU written with the generic-math float.Max; float. Shape from the timm /
// metaformer StarReLU module; our own code. no-large: not the forward (finite) but the check — at |x| = 1000 the loss
// Σ dy·y is ~10⁷ while the bias's gradient is Σ dy = O(1), so a central difference at h = 1e-5 keeps only ~1e-4 of it
// (measured in the scratch console: quotients −0.22728 / −0.22707 at h and h/10).
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(8)]
public partial class StarReluLearnableFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                           [Learnable(1, Initial = 0.8944f)] ReadOnlySpan<float> scale,
                           [Learnable(1, Initial = -0.4472f)] ReadOnlySpan<float> bias)
    {
        for (int i = 0; i < x.Length; i++)
        {
            float relu = float.Max(x[i], 0f);
            y[i] = scale[0] * relu * relu + bias[0];
        }
    }
}
