// Perlin's smootherstep between edges −2 and 2 (GLSL-style port): t clamped to [0, 1] with a nested ternary,
// then t³(t(6t − 15) + 10); C² at the edges.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(10)]
public partial class SmootherstepNestedTernaryFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        const float edge0 = -2f, edge1 = 2f;
        for (int i = 0; i < x.Length; i++)
        {
            float t = (x[i] - edge0) / (edge1 - edge0);
            t = t < 0f ? 0f : t > 1f ? 1f : t;
            y[i] = t * t * t * (t * (6f * t - 15f) + 10f);
        }
    }
}
