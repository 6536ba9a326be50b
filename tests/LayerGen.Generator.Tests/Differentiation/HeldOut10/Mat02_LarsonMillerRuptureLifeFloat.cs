// expect: gradient
// Materials: creep-rupture life from the Larson–Miller parameter P = T(C + log10 t_r), with P a quadratic master curve
// in log10 stress (Horner over a static readonly table), solved for log10 t_r = P(σ)/T − C. Row: stress (MPa,
// 50 + 250·σ(x)) and temperature (K, 900 + 200·σ(x)) pairs. Outputs log10 hours and hours/10⁴.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(6, 6)]
public partial class LarsonMillerRuptureLifeFloat
{
    static readonly float[] MasterCurve = { 2.3e4f, -2.5e3f, -1.0e3f };   // P = a0 + a1·s + a2·s², s = log10 σ − 2
    const float LarsonMillerConstant = 20.0f;

    static float Horner(float s, ReadOnlySpan<float> coefficients)
    {
        float acc = 0.0f;
        for (int k = coefficients.Length - 1; k >= 0; k--) acc = acc * s + coefficients[k];
        return acc;
    }

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int j = 0; j < 3; j++)
        {
            float stress = 50.0f + 250.0f / (1.0f + MathF.Exp(-x[2 * j]));
            float temperature = 900.0f + 200.0f / (1.0f + MathF.Exp(-x[2 * j + 1]));
            float s = MathF.Log10(stress) - 2.0f;
            float logLife = Horner(s, MasterCurve) / temperature - LarsonMillerConstant;
            y[2 * j] = logLife;
            y[2 * j + 1] = MathF.Pow(10.0f, logLife) / 1.0e4f;
        }
    }
}
