// LayerNorm in double with literal sizes (8) instead of x.Length, Math.Pow(d, 2) for the square and a gain only.
// Re-creates: none; the standardisation `(x - mu) / np.sqrt(np.mean((x - mu) ** 2) + eps) * gamma`.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(8)]
public partial class LayerNormLiteralSizePow
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(8, Initial = 1)] ReadOnlySpan<double> gamma)
    {
        double mu = 0.0;
        for (int i = 0; i < 8; i++) mu += x[i] / 8;
        double sigma2 = 0.0;
        for (int i = 0; i < 8; i++) sigma2 += Math.Pow(x[i] - mu, 2) / 8;
        for (int i = 0; i < 8; i++) y[i] = (x[i] - mu) / Math.Sqrt(sigma2 + 1e-6) * gamma[i];
    }
}
