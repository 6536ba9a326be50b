// SquarePlus (Barron 2021), (x + √(x² + b)) / 2 with b = 4, beside ReLU6 = clamp(x, 0, 6) and the
// hard-sigmoid of MobileNetV3 (ReLU6(x + 3) / 6), the three written with MathF.Clamp: one output triple per input.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(6, 18)]
public partial class SquarePlusRelu6ClampFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        const float b = 4f;
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[3 * i] = 0.5f * (v + MathF.Sqrt(v * v + b));
            y[3 * i + 1] = Math.Clamp(v, 0f, 6f);
            y[3 * i + 2] = Math.Clamp(v + 3f, 0f, 6f) / 6f;
        }
    }
}
