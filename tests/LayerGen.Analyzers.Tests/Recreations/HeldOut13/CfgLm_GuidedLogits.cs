// Source: classifier-free guidance for language models (Sanchez et al. 2023, "Stay on topic with Classifier-Free
// Guidance"; HF `UnbatchedClassifierFreeGuidanceLogitsProcessor`): guided = uncond + γ·(cond − uncond), softmax over
// the vocabulary of each step.
// Layout: generic T : IFloatingPointIeee754<T>, flat step-major ReadOnlySpan<T> → Span<T>, guided logits staged in
// the output buffer.
// Correct.
using System;
using System.Numerics;

namespace LayerGen.Recreations.HeldOut13;

public static class CfgLm_GuidedLogits
{
    public static void Guide<T>(ReadOnlySpan<T> cond, ReadOnlySpan<T> uncond, T gamma, Span<T> probs, int vocab)
        where T : IFloatingPointIeee754<T>
    {
        for (int o = 0; o < cond.Length; o += vocab)
        {
            Span<T> row = probs.Slice(o, vocab);
            T peak = T.NegativeInfinity;
            for (int v = 0; v < vocab; v++)
            {
                row[v] = uncond[o + v] + gamma * (cond[o + v] - uncond[o + v]);
                peak = T.Max(peak, row[v]);
            }

            T sum = T.Zero;
            for (int v = 0; v < vocab; v++)
            {
                row[v] = T.Exp(row[v] - peak);
                sum += row[v];
            }
            for (int v = 0; v < vocab; v++)
                row[v] /= sum;
        }
    }
}
