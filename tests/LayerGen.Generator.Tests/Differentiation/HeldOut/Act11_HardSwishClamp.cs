// Hard-swish in float with Math.Clamp: x · clamp(x + 3, 0, 6) / 6.
// Re-creates: torch.nn.Hardswish's definition (MobileNetV3), written with Math.Clamp as a C# porter would.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(8)]
public partial class HardSwishClamp
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = x[i] * Math.Clamp(x[i] + 3f, 0f, 6f) / 6f;
        }
    }
}
