// Idiom: ReadOnlyMemory<float> rows cut with .Slice(offset, length) and read through .Span; a helper gets one row's Memory.
// Use: softmax over the class axis of a batch of logits held in Memory<float> buffers (an inference server's output stage).
// Layout: flat row-major ReadOnlyMemory<float> [batch * classes] in, Memory<float> of the same shape out.
// Label: Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut80.MemorySlice_RowViews;

public static class MemorySoftmax
{
    public static void Forward(ReadOnlyMemory<float> logits, Memory<float> probabilities, int classes)
    {
        int batch = logits.Length / classes;
        for (int r = 0; r < batch; r++)
        {
            ReadOnlyMemory<float> row = logits.Slice(r * classes, classes);
            Memory<float> target = probabilities.Slice(r * classes, classes);
            float peak = PeakOf(row);
            ReadOnlySpan<float> src = row.Span;
            Span<float> dst = target.Span;
            float total = 0f;
            for (int j = 0; j < src.Length; j++)
            {
                dst[j] = MathF.Exp(src[j] - peak);
                total += dst[j];
            }

            for (int j = 0; j < dst.Length; j++)
            {
                dst[j] /= total;
            }
        }
    }

    private static float PeakOf(ReadOnlyMemory<float> row)
    {
        float m = float.NegativeInfinity;
        foreach (float v in row.Span)
        {
            m = MathF.Max(m, v);
        }

        return m;
    }
}
