// Heat transfer: straight rectangular fins with an adiabatic tip (corrected length L_c = L + t/2), efficiency
// η = tanh(m L_c)/(m L_c) with m = √(2h/(k t)), and heat rate q = η h (2 L_c w) θ_b, for four fins whose length (1–5 cm)
// and film coefficient (10–210 W/m²K) come from the row; learnable log conductivity (aluminium ≈ 200 W/mK).
// Shape: Incropera, Fundamentals of Heat and Mass Transfer, §3.6.4, as a design spreadsheet in float C#.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(8)]
public partial class FinEfficiencyTanhOverMlFloat
{
    const float Thickness = 0.002f, Width = 0.05f, BaseExcess = 60f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(1, Initial = 5.3)] ReadOnlySpan<float> logConductivity)
    {
        float k = MathF.Exp(logConductivity[0]);
        for (int f = 0; f < 4; f++)
        {
            float length = 0.03f + 0.02f * MathF.Tanh(x[2 * f]);
            float h = 110f + 100f * MathF.Tanh(x[2 * f + 1]);
            float corrected = length + Thickness / 2f;
            float m = MathF.Sqrt(2f * h / (k * Thickness));
            float ml = m * corrected;
            float efficiency = MathF.Tanh(ml) / ml;
            y[2 * f] = efficiency;
            y[2 * f + 1] = efficiency * h * 2f * corrected * Width * BaseExcess;
        }
    }
}
