// expect: gradient
// Norms: adaptive LayerNorm as in DiT (Peebles & Xie 2023): shift and scale are a learned linear map of the conditioning
// part of the row, y = LN(h)·(1 + scale) + shift with LN without its own affine; row = h (8) | c (3). The learnable
// modulation weights start small (StandardDeviation), the bias at zero (DiT's adaLN-Zero starts them at zero).
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(11, 8)]
public partial class AdaLnModulationLearnableFloat
{
    const int Width = 8, Conditioning = 3;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                           [Learnable(2 * Width * Conditioning, StandardDeviation = 0.2f)] ReadOnlySpan<float> weights,
                           [Learnable(2 * Width)] ReadOnlySpan<float> bias)
    {
        ReadOnlySpan<float> h = x[..Width];
        ReadOnlySpan<float> c = x[Width..];
        Span<float> silu = stackalloc float[Conditioning];
        for (int j = 0; j < Conditioning; j++) silu[j] = c[j] / (1.0f + MathF.Exp(-c[j]));

        float mean = 0.0f, meanSquare = 0.0f;
        foreach (float v in h) { mean += v; meanSquare += v * v; }
        mean /= Width;
        float variance = meanSquare / Width - mean * mean;
        float inv = 1.0f / MathF.Sqrt(MathF.Max(variance, 0.0f) + 1e-5f);

        for (int i = 0; i < Width; i++)
        {
            float shift = bias[i], scale = bias[Width + i];
            for (int j = 0; j < Conditioning; j++)
            {
                shift += weights[i * Conditioning + j] * silu[j];
                scale += weights[(Width + i) * Conditioning + j] * silu[j];
            }
            y[i] = (h[i] - mean) * inv * (1.0f + scale) + shift;
        }
    }
}
