// Extended Debye–Hückel activity coefficients of six ions: concentrations 0.05 softplus(x) mol/L, charges and ion sizes
// from static readonly tables (an int table used as a value), ionic strength I = ½ Σ c z² (+10⁻⁷ from water),
// log₁₀ γ = −A z² √I / (1 + B å √I).
// Shape of: the extended Debye–Hückel law as in PHREEQC's documentation and geochemistry course scripts (from memory).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(6)]
public partial class DebyeHuckelActivityFloat
{
    private static readonly int[] Charge = { 1, -1, 2, -2, 1, -1 };
    private static readonly float[] IonSize = { 9.0f, 3.5f, 6.0f, 4.0f, 4.5f, 3.0f };   // Å
    const float A = 0.509f, B = 0.328f;

    static float Softplus(float v) => MathF.Max(v, 0.0f) + MathF.Log(1.0f + MathF.Exp(-MathF.Abs(v)));

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        Span<float> concentration = stackalloc float[6];
        float ionicStrength = 1e-7f;
        for (int i = 0; i < 6; i++)
        {
            concentration[i] = 0.05f * Softplus(x[i]);
            ionicStrength += 0.5f * concentration[i] * Charge[i] * Charge[i];
        }

        float root = MathF.Sqrt(ionicStrength);
        for (int i = 0; i < 6; i++)
            y[i] = -A * Charge[i] * Charge[i] * root / (1.0f + B * IonSize[i] * root);
    }
}
