// Cubic features in float, three spellings: MathF.Pow(v, 3), v * v * v and Math.Pow(v, 2) cast back to float.
// Re-creates: none; y = [x³ (Pow), x³ (product), x² (double Pow)] per entry, 4 → 12.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(4, 12)]
public partial class CubicPowAndProducts
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < 4; i++)
        {
            float v = x[i];
            y[i] = MathF.Pow(v, 3);
            y[4 + i] = v * v * v;
            y[8 + i] = (float)Math.Pow(v, 2);
        }
    }
}
