// Swish (SiLU) in float, written with `var` and MathF.Exp, the way a PyTorch port of `x * torch.sigmoid(x)` reads.
// Re-creates: the shape of NeuralNetworkNET's ActivationFunctions.Sigmoid (`1 / (1 + exp(-x))`), applied per entry.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(16)]
public partial class SwishVar
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (var i = 0; i < x.Length; i++)
        {
            var v = x[i];
            var sigmoid = 1f / (1f + MathF.Exp(-v));
            y[i] = v * sigmoid;
        }
    }
}
