// expect: gradient
// Squareplus (Barron 2021), (x + sqrt(x² + b)) / 2, a ReLU-like smooth activation with the hardness b learnable
// (one scalar, starting at 4 as the paper suggests). Float, expression in one statement. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(8)]
partial class SquareplusLearnable
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(1, Initial = 4)] ReadOnlySpan<float> hardness)
    {
        for (int i = 0; i < x.Length; i++)
            y[i] = 0.5f * (x[i] + MathF.Sqrt(x[i] * x[i] + hardness[0]));
    }
}
