// expect: gradient
// Colour / tone mapping: Reinhard et al. (2002) global operator with the log-average luminance key,
// L = a·Y/exp(mean log(δ + Y)), L_d = L(1 + L/L_white²)/(1 + L), colour kept by scaling RGB by L_d/Y. Four pixels of
// linear RGB (softplus of the row); learnable log key a and log white point, as a shader port parametrises them.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(12)]
public partial class ReinhardExtendedLogAverageFloat
{
    const float Delta = 1e-4f;

    static float Luminance(float r, float g, float b) => 0.2126f * r + 0.7152f * g + 0.0722f * b;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                           [Learnable(1, Initial = -1.6f)] ReadOnlySpan<float> logKey,
                           [Learnable(1, Initial = 0.7f)] ReadOnlySpan<float> logWhite)
    {
        Span<float> rgb = stackalloc float[12];
        for (int i = 0; i < 12; i++)
            rgb[i] = x[i] > 20.0f ? x[i] : MathF.Log(1.0f + MathF.Exp(x[i]));

        float logSum = 0.0f;
        for (int p = 0; p < 4; p++) logSum += MathF.Log(Delta + Luminance(rgb[3 * p], rgb[3 * p + 1], rgb[3 * p + 2]));
        float average = MathF.Exp(logSum / 4.0f);
        float key = MathF.Exp(logKey[0]);
        float white = MathF.Exp(logWhite[0]);

        for (int p = 0; p < 4; p++)
        {
            float lum = Luminance(rgb[3 * p], rgb[3 * p + 1], rgb[3 * p + 2]);
            float l = key * lum / average;
            float display = l * (1.0f + l / (white * white)) / (1.0f + l);
            float scale = display / (lum + Delta);
            for (int c = 0; c < 3; c++) y[3 * p + c] = rgb[3 * p + c] * scale;
        }
    }
}
