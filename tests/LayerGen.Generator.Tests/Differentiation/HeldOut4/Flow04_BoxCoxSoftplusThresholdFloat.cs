// Box-Cox transform with a learnable λ on a positive shift of the input: z = softplus(x) + 1e-3 with PyTorch's
// softplus threshold (x > 20 passes through), y = (z^λ − 1)/λ, log z when |λ| < 1e-6 (scipy.stats.boxcox's formula).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(12)]
public partial class BoxCoxSoftplusThresholdFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(1, Initial = 0.5)] ReadOnlySpan<float> lambda)
    {
        const float Threshold = 20f;
        float l = lambda[0];
        for (int i = 0; i < x.Length; i++)
        {
            float z = (x[i] > Threshold ? x[i] : MathF.Log(1f + MathF.Exp(x[i]))) + 1e-3f;
            y[i] = MathF.Abs(l) < 1e-6f ? MathF.Log(z) : (MathF.Pow(z, l) - 1f) / l;
        }
    }
}
