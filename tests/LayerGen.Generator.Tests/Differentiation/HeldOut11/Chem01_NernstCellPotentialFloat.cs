// expect: gradient
// Nernst potentials E = E° − (RT/nF)·ln Q of three redox couples (E° and n in static readonly tables) at 25 °C plus a
// temperature offset from the last entry, activities a = e^(1.5·tanh x) for oxidised and reduced species, and the cell
// voltage of the first couple against the second (float). Shape of electrochemistry lab scripts, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(7, 4)]
public partial class NernstCellPotentialFloat
{
    const float GasConstant = 8.314462f, Faraday = 96485.33f;
    static readonly float[] StandardPotential = { 0.771f, 0.34f, -0.44f };
    static readonly int[] Electrons = { 1, 2, 2 };

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float temperature = 298.15f + 15f * MathF.Tanh(x[6]);
        for (int couple = 0; couple < 3; couple++)
        {
            float oxidised = MathF.Exp(1.5f * MathF.Tanh(x[2 * couple]));
            float reduced = MathF.Exp(1.5f * MathF.Tanh(x[2 * couple + 1]));
            float quotient = reduced / oxidised;
            y[couple] = StandardPotential[couple]
                        - GasConstant * temperature / (Electrons[couple] * Faraday) * MathF.Log(quotient);
        }
        y[3] = y[0] - y[1];
    }
}
