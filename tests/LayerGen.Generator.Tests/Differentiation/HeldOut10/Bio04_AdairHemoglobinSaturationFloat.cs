// expect: gradient
// Biochemistry: the Adair equation for haemoglobin's four stepwise oxygen-binding constants,
// Y = Σ i·β_i pⁱ / (4·Σ β_i pⁱ) with β_i = K₁⋯K_i (cumulative products in a loop), with learnable log K₁..K₄ and
// partial pressures p = 10·exp(1.5·tanh(x/2)) mmHg; also the Hill slope d log(Y/(1−Y))/d log p at each pressure.
// The three moment sums are updated by a helper taking them by ref.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(5, 10)]
public partial class AdairHemoglobinSaturationFloat
{
    static void AddTerm(float term, int i, ref float z, ref float m1, ref float m2)
    {
        z += term;
        m1 += i * term;
        m2 += i * i * term;
    }

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                           [Learnable(4, Initial = -3.0f, StandardDeviation = 0.3f)] ReadOnlySpan<float> logK)
    {
        for (int s = 0; s < x.Length; s++)
        {
            float p = 10.0f * MathF.Exp(1.5f * MathF.Tanh(x[s] / 2.0f));
            float beta = 1.0f, power = 1.0f;
            float z = 1.0f, m1 = 0.0f, m2 = 0.0f;         // Σβpⁱ, Σiβpⁱ, Σi²βpⁱ
            for (int i = 1; i <= 4; i++)
            {
                beta *= MathF.Exp(logK[i - 1]);
                power *= p;
                AddTerm(beta * power, i, ref z, ref m1, ref m2);
            }
            float saturation = m1 / (4.0f * z);
            float variance = m2 / z - (m1 / z) * (m1 / z);
            y[2 * s] = saturation;
            y[2 * s + 1] = variance / (4.0f * saturation * (1.0f - saturation));
        }
    }
}
