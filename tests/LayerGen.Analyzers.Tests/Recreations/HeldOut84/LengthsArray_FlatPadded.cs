// Idiom: per-sequence `lengths[]` over a padded batch; the padded tail of each row is cleared.
// Use: masked softmax over token scores of variable-length sequences (sequence tagging, pooling weights).
// Layout: flat row-major ReadOnlySpan<float> [batch * maxLen], row b = scores.Slice(b * maxLen, lengths[b]).
// Correct: max, exp, sum and division each run over the valid prefix of one row.
// Our own code.
using System;

namespace HeldOut84.LengthsArray_FlatPadded;

public static class PaddedScores
{
    public static void Forward(ReadOnlySpan<float> scores, ReadOnlySpan<int> lengths, int maxLen, Span<float> probs)
    {
        for (int b = 0; b < lengths.Length; b++)
        {
            int len = lengths[b];
            int start = b * maxLen;
            ReadOnlySpan<float> valid = scores.Slice(start, len);
            Span<float> dst = probs.Slice(start, len);

            float best = float.NegativeInfinity;
            for (int t = 0; t < valid.Length; t++)
            {
                if (valid[t] > best) best = valid[t];
            }

            float mass = 0f;
            for (int t = 0; t < valid.Length; t++)
            {
                dst[t] = MathF.Exp(valid[t] - best);
                mass += dst[t];
            }

            float inv = 1f / mass;
            for (int t = 0; t < dst.Length; t++) dst[t] *= inv;

            probs.Slice(start + len, maxLen - len).Clear();
        }
    }
}
