// Idiom: batch-inference post-processing over `ReadOnlyMemory<float>` / `Memory<float>` buffers, walking rows with an
// `offset` and a `while` loop, exponentials with `float.Exp` (generic-math static).
// Layout: flat row-major float buffer `[rows * classes]`, explicit offsets; one softmax per row.
// Twin of MemoryBatch_SpanSlicePerRow; own code.
// Bug LG0001: the peak is folded over the whole buffer (every row) before the row walk; a row far below the batch's
// top underflows to 0/0.
using System;

namespace HeldOut66.MemoryBatch_BufferWideMax;

public static class BatchPostProcessor
{
    public static void Normalise(ReadOnlyMemory<float> logits, Memory<float> probabilities, int classes)
    {
        ReadOnlySpan<float> all = logits.Span;
        Span<float> output = probabilities.Span;
        float peak = float.NegativeInfinity;
        for (int i = 0; i < all.Length; i++)
        {
            peak = MathF.Max(peak, all[i]); //~ LG0001
        }

        int offset = 0;
        while (offset < all.Length)
        {
            float sum = 0f;
            for (int j = 0; j < classes; j++)
            {
                output[offset + j] = float.Exp(all[offset + j] - peak);
                sum += output[offset + j];
            }

            for (int j = 0; j < classes; j++)
            {
                output[offset + j] /= sum;
            }

            offset += classes;
        }
    }
}
