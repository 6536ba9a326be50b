// "Quick GELU" of CLIP, x * sigmoid(1.702 x), float, sigmoid written inline with MathF.Exp.
// Re-creates: OpenAI CLIP's QuickGELU module (shape only; our own code).
// expect: gradient
// rows: no-large
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(12)]
public partial class QuickGeluFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
            y[i] = x[i] * (1f / (1f + MathF.Exp(-1.702f * x[i])));
    }
}
