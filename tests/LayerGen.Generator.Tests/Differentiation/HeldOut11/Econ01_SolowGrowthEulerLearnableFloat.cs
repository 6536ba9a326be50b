// expect: gradient
// Solow–Swan growth in discrete time, k_{t+1} = k_t + s·A_t·k_t^α − (δ + n)·k_t, with productivity shocks
// A_t = e^(0.1·tanh x_t) and a learnable savings-rate logit and log depreciation; outputs per-worker output
// y_t = A_t·k_t^α for six periods (float). Shape of QuantEcon's Solow lecture code ported to C#, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(6)]
public partial class SolowGrowthEulerLearnableFloat
{
    const float Alpha = 0.33f;
    const float PopulationGrowth = 0.01f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                           [Learnable(1, Initial = -1.2f)] ReadOnlySpan<float> savingsLogit,
                           [Learnable(1, Initial = -2.8f)] ReadOnlySpan<float> logDepreciation)
    {
        float s = 1f / (1f + MathF.Exp(-savingsLogit[0]));
        float delta = MathF.Exp(logDepreciation[0]);
        float k = 3f;
        int t = 0;
        foreach (float shock in x)
        {
            float productivity = MathF.Exp(0.1f * MathF.Tanh(shock));
            float output = productivity * MathF.Pow(k, Alpha);
            y[t++] = output;
            k += s * output - (delta + PopulationGrowth) * k;
        }
    }
}
