// expect: gradient
// Soft thresholding, the proximal operator of λ|x| (ISTA/LISTA, torch.nn.Softshrink) with λ learnable as in LISTA:
// sign(x) · max(|x| - λ, 0) with Math.Sign, Math.Max and Math.Abs. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(8)]
partial class SoftThreshold
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(1, Initial = 0.1)] ReadOnlySpan<double> lambda)
    {
        for (int i = 0; i < x.Length; i++)
            y[i] = Math.Sign(x[i]) * Math.Max(Math.Abs(x[i]) - lambda[0], 0.0);
    }
}
