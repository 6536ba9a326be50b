// Three rounds of message passing on a ring of 8 nodes with one scalar state each: h ← tanh(a·h + b·mean(neighbours)
// + c), neighbours found with modular indices, the next state built in a second buffer and copied back; a, b, c are
// learnable scalars. Shape of a minimal MPNN/GNN update from a tutorial, ported to C# spans, from memory.
// A user expects the gradient for the node states and the three scalars.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(8)]
public partial class RingMessagePassingRoundsFloat
{
    const int Nodes = 8, Rounds = 3;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                           [Learnable(1, Initial = 1)] ReadOnlySpan<float> self,
                           [Learnable(1, Initial = 0.5)] ReadOnlySpan<float> neighbour,
                           [Learnable(1)] ReadOnlySpan<float> offset)
    {
        Span<float> h = stackalloc float[Nodes];
        Span<float> next = stackalloc float[Nodes];
        x.CopyTo(h);

        for (int round = 0; round < Rounds; round++)
        {
            for (int i = 0; i < Nodes; i++)
            {
                float left = h[(i + Nodes - 1) % Nodes];
                float right = h[(i + 1) % Nodes];
                float message = 0.5f * (left + right);
                next[i] = MathF.Tanh(self[0] * h[i] + neighbour[0] * message + offset[0]);
            }
            next.CopyTo(h);
        }

        for (int i = 0; i < Nodes; i++) y[i] = h[i];
    }
}
