// Acoustics: the IEC 61672 A-weighting curve A(f) = 20 log10 R_A(f) + 2.00 dB at four frequencies 20 Hz–20 kHz
// (logarithmic in a logit of the row) and the A-weighted levels of four sound pressure levels given beside them.
// Shape: the standard's R_A formula as in audio-analysis code (e.g. the A-weighting helpers of acoustics toolboxes), in float.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(8)]
public partial class AWeightingDecibelFloat
{
    static float AWeighting(float f)
    {
        float f2 = f * f;
        float numerator = 12194f * 12194f * f2 * f2;
        float denominator = (f2 + 20.6f * 20.6f) * MathF.Sqrt((f2 + 107.7f * 107.7f) * (f2 + 737.9f * 737.9f)) * (f2 + 12194f * 12194f);
        return 20f * MathF.Log10(numerator / denominator) + 2.00f;
    }

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < 4; i++)
        {
            float frequency = 20f * MathF.Pow(1000f, 0.5f * (1f + MathF.Tanh(0.5f * x[i])));
            float weight = AWeighting(frequency);
            y[i] = weight;
            y[4 + i] = x[4 + i] + weight;
        }
    }
}
