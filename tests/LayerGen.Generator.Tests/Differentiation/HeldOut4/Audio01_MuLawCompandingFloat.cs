// Mu-law companding of an audio row, the continuous part of mu-law encoding before quantisation:
// y = sign(x) · ln(1 + μ|x|) / ln(1 + μ), μ = 255.
// Shape of torchaudio.functional.mu_law_encoding / librosa.mu_compress(quantize=False); our own code.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(16)]
public partial class MuLawCompandingFloat
{
    const float Mu = 255f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float scale = 1f / MathF.Log(1f + Mu);
        for (int i = 0; i < x.Length; i++)
            y[i] = MathF.Sign(x[i]) * MathF.Log(1f + Mu * MathF.Abs(x[i])) * scale;
    }
}
