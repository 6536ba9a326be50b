// expect: gradient
// Transformer input embedding: x · √d_model plus the sinusoidal positional encoding of "Attention Is All You Need"
// (sin on even, cos on odd features, frequency 10000^(-2k/d)) for a token at a fixed position. Float; the encoding
// is a constant of the row. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(8)]
partial class SinusoidalPositionAdd
{
    const float Dim = 8.0f;
    const int Position = 5;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float scale = MathF.Sqrt(Dim);
        for (int k = 0; k < x.Length / 2; k++)
        {
            float angle = Position / MathF.Pow(10000.0f, 2.0f * k / Dim);
            y[2 * k] = x[2 * k] * scale + MathF.Sin(angle);
            y[2 * k + 1] = x[2 * k + 1] * scale + MathF.Cos(angle);
        }
    }
}
