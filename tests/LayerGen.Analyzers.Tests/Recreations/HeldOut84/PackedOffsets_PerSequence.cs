// Idiom: packed (unpadded) sequences addressed by an `offsets[]` array of length count + 1.
// Use: softmax over each sequence of a packed batch (varlen attention rows, ragged token scores).
// Layout: flat float[] with sequence s at [offsets[s], offsets[s + 1]).
// Correct: every reduction is bounded by offsets[s] and offsets[s + 1].
// Our own code.
using System;

namespace HeldOut84.PackedOffsets_PerSequence;

public static class PackedSoftmax
{
    public static float[] Run(float[] packed, int[] offsets)
    {
        var result = new float[packed.Length];
        for (int s = 0; s + 1 < offsets.Length; s++)
        {
            int start = offsets[s];
            int end = offsets[s + 1];
            if (end == start) continue;

            float m = packed[start];
            for (int i = start + 1; i < end; i++)
                if (packed[i] > m) m = packed[i];

            Span<float> seg = result.AsSpan(start, end - start);
            float total = 0f;
            for (int i = 0; i < seg.Length; i++)
            {
                seg[i] = MathF.Exp(packed[start + i] - m);
                total += seg[i];
            }
            for (int i = 0; i < seg.Length; i++) seg[i] /= total;
        }
        return result;
    }
}
