// Hard-swish in float with nested MathF.Min/MathF.Max instead of a clamp (relu6).
// Re-creates: the `x * relu6(x + 3) / 6` form of MobileNetV3 ports.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(8)]
public partial class HardSwishMinMax
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            float relu6 = MathF.Min(MathF.Max(x[i] + 3, 0), 6);
            y[i] = x[i] * relu6 / 6;
        }
    }
}
