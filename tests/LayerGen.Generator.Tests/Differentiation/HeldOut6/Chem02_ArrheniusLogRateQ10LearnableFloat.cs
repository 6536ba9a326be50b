// expect: gradient
// Arrhenius kinetics per entry: temperature T = 250 K + 50·softplus(x), ln k = ln A − Ea / (R·T) and the Q10 ratio
// k(T + 10) / k(T), with ln A and the activation energy (kJ/mol) learnable; float, written with the generic-math statics
// float.Exp / float.Log / float.Max. Shape from chemical-kinetics notebooks; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(4, 8)]
public partial class ArrheniusLogRateQ10LearnableFloat
{
    const float R = 8.314e-3f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                           [Learnable(1)] ReadOnlySpan<float> logPrefactor,
                           [Learnable(1, Initial = 50f)] ReadOnlySpan<float> activationEnergy)
    {
        for (int i = 0; i < x.Length; i++)
        {
            float softplus = float.Max(x[i], 0f) + float.Log(1f + float.Exp(-float.Abs(x[i])));
            float temperature = 250f + 50f * softplus;
            y[2 * i] = logPrefactor[0] - activationEnergy[0] / (R * temperature);
            y[2 * i + 1] = float.Exp(activationEnergy[0] / R * (1f / temperature - 1f / (temperature + 10f)));
        }
    }
}
