// Idiom: noisy gating for a dense mixture, noisy logits per token then the library softmax over each token's experts
// Layout: float[tokens, experts] input copied into a flat float[] scratch, per-token spans
// Bug (LG0003): TensorPrimitives.SoftMax subtracts no max
using System;
using System.Numerics.Tensors;

namespace HeldOut42.NoisyGate_LibrarySoftmax;

public static class NoisyRouter
{
    public static float[] Route(float[,] clean, float[,] noise, float[] noiseStd)
    {
        int tokens = clean.GetLength(0);
        int experts = clean.GetLength(1);
        var noisy = new float[tokens * experts];
        var gates = new float[tokens * experts];

        for (int t = 0; t < tokens; t++)
            for (int e = 0; e < experts; e++)
                noisy[t * experts + e] = clean[t, e] + noise[t, e] * noiseStd[e];

        for (int t = 0; t < tokens; t++)
            TensorPrimitives.SoftMax(noisy.AsSpan(t * experts, experts), gates.AsSpan(t * experts, experts)); //~ LG0003

        return gates;
    }
}
