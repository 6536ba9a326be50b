// Charbonnier penalty (the pseudo-Huber term of PWC-Net / RAFT-style flow losses): y = sqrt(x² + ε²) − ε, ε = 1e-3,
// in a float layer that takes the square root in double and casts back: (float)Math.Sqrt(...).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(16)]
public partial class CharbonnierDoubleSqrtFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        const float Epsilon = 1e-3f;
        for (int i = 0; i < x.Length; i++)
            y[i] = (float)Math.Sqrt(x[i] * x[i] + Epsilon * Epsilon) - Epsilon;
    }
}
