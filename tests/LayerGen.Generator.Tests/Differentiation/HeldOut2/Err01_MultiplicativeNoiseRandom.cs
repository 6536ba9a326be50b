// Multiplicative Gaussian-ish noise layer (train-time jitter) drawing from Random.Shared inside the forward.
// Re-creates: the "noise injection" augmentation layers of small C# NN libraries (shape only; our own code).
// A random draw has no derivative and makes the forward non-deterministic: an error is what a user should get.
// expect: error
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(6)]
public partial class MultiplicativeNoiseRandom
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
            y[i] = x[i] * (1f + 0.1f * (Random.Shared.NextSingle() - 0.5f)); //~ LG11
    }
}
