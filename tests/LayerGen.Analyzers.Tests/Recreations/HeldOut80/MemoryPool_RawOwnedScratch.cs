// Idiom: one IMemoryOwner<float> from MemoryPool<float>.Shared for the whole batch, trimmed with owner.Memory[..n].
// Use: softmax of a flat batch of logits in a pooled pipeline stage.
// Layout: flat row-major float[batch * classes] in, float[] out; the scratch holds every exp.
// Bug: LG0003 — the exps are of the raw logits (no max subtracted), then normalised per row: overflow above ~88.
// Our own code.
#nullable enable
using System;
using System.Buffers;

namespace HeldOut80.MemoryPool_RawOwnedScratch;

public static class PooledStage
{
    public static float[] Run(float[] logits, int classes)
    {
        int n = logits.Length;
        using IMemoryOwner<float> owner = MemoryPool<float>.Shared.Rent(n);
        Span<float> scratch = owner.Memory[..n].Span;
        for (int i = 0; i < n; i++)
        {
            scratch[i] = MathF.Exp(logits[i]); //~ LG0003
        }

        var output = new float[n];
        for (int r = 0; r < n / classes; r++)
        {
            Span<float> row = scratch.Slice(r * classes, classes);
            float total = 0f;
            foreach (float v in row)
            {
                total += v;
            }

            for (int j = 0; j < classes; j++)
            {
                output[r * classes + j] = row[j] / total;
            }
        }

        return output;
    }
}
