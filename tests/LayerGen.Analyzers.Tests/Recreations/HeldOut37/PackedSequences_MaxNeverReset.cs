// Idiom: in-place softmax of packed variable-length sequences, each sequence a range slice of the span
// Layout: Span<float> packed tokens, ReadOnlySpan<int> offsets (batch + 1), seq = packed[offsets[b]..offsets[b + 1]]
// Bug (LG0001): the running max is declared above the sequence loop and never reset, so it spans the sequences so far
using System;

namespace HeldOut37.PackedSequences_MaxNeverReset;

public static class PackedSoftmax
{
    public static void SoftmaxInPlace(Span<float> packed, ReadOnlySpan<int> offsets)
    {
        float runningMax = float.NegativeInfinity;
        for (int b = 0; b + 1 < offsets.Length; b++)
        {
            Span<float> seq = packed[offsets[b]..offsets[b + 1]];
            foreach (float v in seq)
            {
                if (v > runningMax) runningMax = v; //~ LG0001
            }

            float denom = 0f;
            for (int t = 0; t < seq.Length; t++)
            {
                seq[t] = MathF.Exp(seq[t] - runningMax);
                denom += seq[t];
            }

            for (int t = 0; t < seq.Length; t++)
            {
                seq[t] /= denom;
            }
        }
    }
}
