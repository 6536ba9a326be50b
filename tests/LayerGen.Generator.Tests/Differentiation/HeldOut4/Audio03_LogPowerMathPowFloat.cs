// Log power features: y = log(ε + x²) per sample, ε = 1e-6 (the log of a power spectrum in a speech front end,
// as python_speech_features' logfbank or torchaudio's AmplitudeToDB take it), the square written as MathF.Pow(v, 2).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(16)]
public partial class LogPowerMathPowFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        const float Eps = 1e-6f;
        for (int i = 0; i < x.Length; i++)
            y[i] = MathF.Log(Eps + MathF.Pow(x[i], 2));
    }
}
