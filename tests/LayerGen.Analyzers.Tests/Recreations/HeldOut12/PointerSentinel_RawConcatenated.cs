// Source: pointer sentinel mixture models (Merity et al. 2017): one softmax over [pointer scores; sentinel].
// Layout: the scores and the sentinel copied into one stackalloc'd buffer, exps written to the output span.
// Bug: LG0003 — the concatenated logits are exponentiated raw.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class PointerSentinel_RawConcatenated
{
    public static float Attention(ReadOnlySpan<float> pointerScores, float sentinel, Span<float> attention)
    {
        int window = pointerScores.Length;
        Span<float> logits = stackalloc float[window + 1];
        pointerScores.CopyTo(logits);
        logits[window] = sentinel;
        float z = 0f;
        for (int i = 0; i < logits.Length; i++)
        {
            attention[i] = MathF.Exp(logits[i]); //~ LG0003
            z += attention[i];
        }

        for (int i = 0; i < logits.Length; i++)
        {
            attention[i] /= z;
        }

        return attention[window];
    }
}
