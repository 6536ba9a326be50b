// Hard-swish (MobileNetV3): x * relu6(x + 3) / 6, with relu6 as a small static helper.
// Re-creates: the MobileNetV3 paper's h-swish definition as people port it to C# (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(8)]
public partial class HardSwishRelu6Helper
{
    static float Relu6(float v) => Math.Min(Math.Max(v, 0f), 6f);

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
            y[i] = x[i] * Relu6(x[i] + 3f) / 6f;
    }
}
