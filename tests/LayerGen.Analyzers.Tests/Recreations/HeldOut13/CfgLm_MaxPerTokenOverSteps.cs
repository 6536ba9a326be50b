// Source: classifier-free guidance for language models (Sanchez et al. 2023), batched over steps, with a
// per-token peak buffer filled across steps.
// Layout: generic T : IFloatingPointIeee754<T>, flat step-major spans.
// Bug: LG0004 — the maximum runs over steps for each token, the sum over tokens for each step.
using System;
using System.Numerics;

namespace LayerGen.Recreations.HeldOut13;

public static class CfgLm_MaxPerTokenOverSteps
{
    public static void Guide<T>(ReadOnlySpan<T> cond, ReadOnlySpan<T> uncond, T gamma, Span<T> probs, int vocab)
        where T : IFloatingPointIeee754<T>
    {
        int steps = cond.Length / vocab;
        var peak = new T[vocab];
        peak.AsSpan().Fill(T.NegativeInfinity);
        for (int s = 0; s < steps; s++)
            for (int v = 0; v < vocab; v++)
            {
                probs[s * vocab + v] = uncond[s * vocab + v] + gamma * (cond[s * vocab + v] - uncond[s * vocab + v]);
                peak[v] = T.Max(peak[v], probs[s * vocab + v]); //~ LG0004
            }

        for (int s = 0; s < steps; s++)
        {
            T sum = T.Zero;
            for (int v = 0; v < vocab; v++)
            {
                probs[s * vocab + v] = T.Exp(probs[s * vocab + v] - peak[v]);
                sum += probs[s * vocab + v];
            }
            for (int v = 0; v < vocab; v++)
                probs[s * vocab + v] /= sum;
        }
    }
}
