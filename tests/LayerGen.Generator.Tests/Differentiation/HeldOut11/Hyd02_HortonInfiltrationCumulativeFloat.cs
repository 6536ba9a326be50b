// expect: gradient
// Horton's infiltration capacity f(t) = fc + (f0 − fc)·e^(−kt) and its cumulative depth F(t) at six times, with
// f0, fc and k from the first three entries and the rain intensities of the other entries capping the actual
// infiltration by a smooth minimum (float). Shape of hydrology course notebooks, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(9, 6)]
public partial class HortonInfiltrationCumulativeFloat
{
    static float Sigmoid(float v) => 1f / (1f + MathF.Exp(-v));

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float f0 = 40f + 60f * Sigmoid(x[0]);     // mm/h
        float fc = 2f + 10f * Sigmoid(x[1]);
        float k = 0.5f + 4f * Sigmoid(x[2]);      // 1/h
        ReadOnlySpan<float> rain = x[3..];
        float cumulative = 0f;
        float dt = 0.25f;
        int step = 0;
        while (step < 6)
        {
            float t = (step + 0.5f) * dt;
            float capacity = fc + (f0 - fc) * MathF.Exp(-k * t);
            float intensity = 30f * Sigmoid(rain[step]) + 1f;
            // smooth minimum of capacity and supply: −log(e^(−a) + e^(−b)) scaled
            float s = 0.2f;
            float m = MathF.Min(capacity, intensity);
            float actual = m - s * MathF.Log(MathF.Exp(-(capacity - m) / s) + MathF.Exp(-(intensity - m) / s));
            cumulative += actual * dt;
            y[step] = cumulative;
            step++;
        }
    }
}
