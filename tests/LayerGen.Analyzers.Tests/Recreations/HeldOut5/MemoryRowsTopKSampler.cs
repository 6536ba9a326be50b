// Source: top-k token samplers in C# LLM front-ends (LLamaSharp-style sampling pipelines): keep the k largest logits
// of a step, softmax over them, zero the rest. Layout: flat float[steps, vocab] sliced as Memory<float> per step.
// Correct: the row max is the largest kept logit; exps and sum only over kept entries of the row.
using System;

namespace LayerGen.Recreations.HeldOut5.MemoryRowsTopKSamplerNs;

public static class MemoryRowsTopKSampler
{
    public static void Distribution(float[] logits, float[] probs, int steps, int vocab, int k)
    {
        for (int t = 0; t < steps; t++)
        {
            Memory<float> row = logits.AsMemory(t * vocab, vocab);
            Memory<float> outRow = probs.AsMemory(t * vocab, vocab);
            KeepTopK(row, outRow, k);
        }
    }

    private static void KeepTopK(Memory<float> row, Memory<float> outRow, int k)
    {
        Span<float> x = row.Span;
        Span<float> p = outRow.Span;
        float[] sorted = x.ToArray();
        Array.Sort(sorted);
        float threshold = sorted[sorted.Length - k];
        float top = sorted[sorted.Length - 1];
        float sum = 0f;
        for (int i = 0; i < x.Length; i++)
        {
            p[i] = x[i] >= threshold ? MathF.Exp(x[i] - top) : 0f;
            sum += p[i];
        }
        for (int i = 0; i < p.Length; i++) p[i] /= sum;
    }
}
