// PReLU with one learnable slope per channel, initialised to 0.25 like torch.nn.PReLU(num_parameters=8).
// Re-creates: PyTorch's PReLU (weight per channel) for a row of 8 channels (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(8)]
public partial class PReluPerChannel
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(8, Initial = 0.25)] ReadOnlySpan<float> slope)
    {
        for (int c = 0; c < 8; c++)
            y[c] = x[c] > 0 ? x[c] : slope[c] * x[c];
    }
}
