// Reverse cumulative sum (suffix sums), y_i = sum_{j >= i} x_j, with a running total counted down,
// like torch.flip(torch.cumsum(torch.flip(x), 0)) for discounted-return style code with gamma = 1.
// Re-creates: the "returns to go" loop of RL code (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(8)]
public partial class ReverseCumsum
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double running = 0;
        for (int i = x.Length - 1; i >= 0; i--)
        {
            running += x[i];
            y[i] = running;
        }
    }
}
