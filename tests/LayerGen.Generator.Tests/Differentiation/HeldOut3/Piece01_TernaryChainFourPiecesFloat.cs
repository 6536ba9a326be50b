// expect: gradient
// A four-piece activation written as one ternary chain (a "bent" piecewise function like those found by activation
// search, continuous at the joints): linear, quadratic, linear, log-growth. Float, joints at non-integer points.
// Our own code.
using System;
using LayerGen;

[DifferentiableLayer(8)]
partial class FourPieceActivation
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = v < -2.2f ? 0.1f * (v + 2.2f) - 0.75f
                 : v < -0.7f ? -0.75f + 0.5f * (v + 2.2f) * (v + 2.2f) / 3f
                 : v < 1.3f ? 0.5f * v - 0.025f
                 : 0.625f + 0.5f * MathF.Log(1f + (v - 1.3f));
        }
    }
}
