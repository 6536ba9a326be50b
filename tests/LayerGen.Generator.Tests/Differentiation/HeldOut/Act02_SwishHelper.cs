// Swish with the sigmoid in a private static helper of the same class, as ported code keeps it.
// Re-creates: NeuralNetworkNET's `static float Sigmoid(float x) => 1 / (1 + (float)Math.Exp(-x));` helper shape.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(12)]
public partial class SwishHelper
{
    static float Sigmoid(float v) => 1 / (1 + (float)Math.Exp(-v));

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = x[i] * Sigmoid(x[i]);
        }
    }
}
