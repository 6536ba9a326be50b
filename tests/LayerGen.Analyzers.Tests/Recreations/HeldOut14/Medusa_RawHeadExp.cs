// Source: Medusa multi-head speculative candidates (Cai et al. 2024; FasterDecoding/Medusa), a port that
// exponentiates each head's logits in place before normalising.
// Layout: flat Memory<float> [heads * vocab]; `foreach (ref float v in row)` over each head's Span slice.
// Bug LG0003: exp of the raw logits, no maximum subtracted (overflow above ~88 in float).
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class Medusa_RawHeadExp
{
    public static void Normalise(Memory<float> logits, int heads, int vocab)
    {
        for (int h = 0; h < heads; h++)
        {
            Span<float> row = logits.Span.Slice(h * vocab, vocab);
            float sum = 0f;
            foreach (ref float v in row)
            {
                v = MathF.Exp(v); //~ LG0003
                sum += v;
            }
            foreach (ref float v in row)
                v /= sum;
        }
    }
}
