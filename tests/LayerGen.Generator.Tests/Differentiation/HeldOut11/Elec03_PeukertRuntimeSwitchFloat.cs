// expect: gradient
// Battery runtime by Peukert's law, t = H·(C/(I·H))^k, for a chemistry chosen per output slot by a switch statement
// on the slot index (lead-acid k = 1.3, AGM 1.15, lithium 1.05), currents from a softplus of the row, and the state
// of charge after a 30-minute draw at that current (float). Shape of battery-calculator code in C#, written from
// memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(6, 12)]
public partial class PeukertRuntimeSwitchFloat
{
    const float RatedHours = 20f, CapacityAh = 100f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            float exponent;
            switch (i % 3)
            {
                case 0:
                    exponent = 1.3f;
                    break;
                case 1:
                    exponent = 1.15f;
                    break;
                default:
                    exponent = 1.05f;
                    break;
            }
            float v = x[i];
            float current = 1f + 10f * (v > 15f ? v : MathF.Log(1f + MathF.Exp(v)));    // A
            float hours = RatedHours * MathF.Pow(CapacityAh / (current * RatedHours), exponent);
            y[2 * i] = hours;
            y[2 * i + 1] = 1f - 0.5f / hours;
        }
    }
}
