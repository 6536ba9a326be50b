// The LayerNorm of "The Annotated Transformer": a_2 * (x − mean) / (std + eps) + b_2, where std is torch.std's
// unbiased (n − 1) estimate and eps sits outside the square root; a_2 starts at ones, b_2 at zeros.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(12)]
public partial class AnnotatedTransformerLayerNormUnbiasedStd
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(12, Initial = 1)] ReadOnlySpan<double> a2,
        [Learnable(12)] ReadOnlySpan<double> b2)
    {
        const double eps = 1e-6;
        int n = x.Length;
        double mean = 0;
        for (int i = 0; i < n; i++) mean += x[i];
        mean /= n;
        double sq = 0;
        for (int i = 0; i < n; i++)
        {
            var d = x[i] - mean;
            sq += d * d;
        }
        double std = Math.Sqrt(sq / (n - 1));
        for (int i = 0; i < n; i++) y[i] = a2[i] * (x[i] - mean) / (std + eps) + b2[i];
    }
}
