// Heat transfer: lumped-capacitance cooling of eight bodies (600 ± 200 K from the row) in 300 K surroundings by
// convection and grey-body radiation, dT/dt = −[h (T − T∞) + εσ (T⁴ − T∞⁴)] / (m c / A), 30 explicit steps of 5 s;
// learnable log h and emissivity logit.
// Shape: Incropera's lumped-capacitance example with radiation, as an engineering student's Euler loop in float C#.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(8)]
public partial class RadiativeConvectiveCoolingFloat
{
    const float StefanBoltzmann = 5.670374e-8f;
    const float Ambient = 300f;
    const float HeatCapacityPerArea = 2000f;   // m c / A, J/(m² K)
    const float Dt = 5f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(1, Initial = 2.3)] ReadOnlySpan<float> logConvection,
        [Learnable(1, Initial = 0.5)] ReadOnlySpan<float> emissivityLogit)
    {
        float h = MathF.Exp(logConvection[0]);
        float emissivity = 0.5f * (1f + MathF.Tanh(0.5f * emissivityLogit[0]));
        float ambient4 = Ambient * Ambient * Ambient * Ambient;
        for (int i = 0; i < x.Length; i++)
        {
            float t = 600f + 200f * MathF.Tanh(x[i]);
            for (int step = 0; step < 30; step++)
            {
                float t2 = t * t;
                float loss = h * (t - Ambient) + emissivity * StefanBoltzmann * (t2 * t2 - ambient4);
                t -= Dt * loss / HeatCapacityPerArea;
            }
            y[i] = t;
        }
    }
}
