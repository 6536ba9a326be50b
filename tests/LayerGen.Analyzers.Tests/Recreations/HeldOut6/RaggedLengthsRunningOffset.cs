// Source: ragged-batch softmax over packed sequences (the `lengths[]` + running offset loops of packed-sequence
// attention in PaddleOCR/ONNX C# ports), re-created over a packed Span with a while loop.
// Layout: sequences packed back to back; lengths[s] elements each.
// Correct: every sequence gets its own max and its own sum.
using System;

namespace HeldOut6.RaggedLengthsRunningOffset;

public static class PackedSequences
{
    public static void Softmax(ReadOnlySpan<float> packed, ReadOnlySpan<int> lengths, Span<float> output)
    {
        int start = 0;
        int s = 0;
        while (s < lengths.Length)
        {
            int len = lengths[s];
            ReadOnlySpan<float> seq = packed.Slice(start, len);
            Span<float> dst = output.Slice(start, len);

            float max = seq[0];
            for (int i = 1; i < len; i++)
            {
                max = seq[i] > max ? seq[i] : max;
            }

            float total = 0f;
            for (int i = 0; i < len; i++)
            {
                dst[i] = MathF.Exp(seq[i] - max);
                total += dst[i];
            }

            float inv = 1f / total;
            for (int i = 0; i < len; i++)
            {
                dst[i] *= inv;
            }

            start += len;
            s++;
        }
    }
}
