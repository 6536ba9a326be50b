// expect: gradient
// rows: no-large
// Per-logit focal term for a positive label (Lin et al. 2017; torchvision.ops.sigmoid_focal_loss, reduction none,
// alpha unused): -(1 - p)^γ log p with p = σ(x), γ = 2 via MathF.Pow, written naively from the paper.
// no-large: at x = -1000 p underflows to 0 and log p is -∞. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(6)]
partial class FocalTerm
{
    const float Gamma = 2f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            float p = 1f / (1f + MathF.Exp(-x[i]));
            y[i] = -MathF.Pow(1f - p, Gamma) * MathF.Log(p);
        }
    }
}
