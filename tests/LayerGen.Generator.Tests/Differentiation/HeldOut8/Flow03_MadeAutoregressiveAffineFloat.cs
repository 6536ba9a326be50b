// A masked autoregressive flow step (MAF) in the density direction: μᵢ and αᵢ from x₍<ᵢ₎ through MADE's strictly
// lower-triangular masks (written as the loop bound j < i), αᵢ soft-clamped by tanh, uᵢ = (xᵢ − μᵢ)·exp(−αᵢ),
// and log|det| = −Σ αᵢ as the last output.
// Shape of: Papamakarios et al. 2017 (MAF) and Germain et al. 2015 (MADE), nflows' MaskedAffineAutoregressiveTransform (from memory).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(6, 7)]
public partial class MadeAutoregressiveAffineFloat
{
    const int N = 6;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(N * N, StandardDeviation = 0.1)] ReadOnlySpan<float> wMu,
        [Learnable(N)] ReadOnlySpan<float> bMu,
        [Learnable(N * N, StandardDeviation = 0.1)] ReadOnlySpan<float> wAlpha,
        [Learnable(N)] ReadOnlySpan<float> bAlpha)
    {
        float logDet = 0.0f;
        for (int i = 0; i < N; i++)
        {
            float mu = bMu[i];
            float a = bAlpha[i];
            for (int j = 0; j < i; j++)          // the autoregressive mask: only earlier coordinates
            {
                mu += wMu[i * N + j] * x[j];
                a += wAlpha[i * N + j] * x[j];
            }
            float alpha = MathF.Tanh(a);        // soft clamp keeps exp(−α) in range
            y[i] = (x[i] - mu) * MathF.Exp(-alpha);
            logDet -= alpha;
        }
        y[N] = logDet;
    }
}
