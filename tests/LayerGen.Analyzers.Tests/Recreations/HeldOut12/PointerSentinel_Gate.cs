// Source: pointer sentinel mixture models (Merity et al. 2017): one softmax over the L pointer scores of the previous
// words *and* the sentinel score; the sentinel's share is the gate g that mixes in the vocabulary softmax.
// Layout: ReadOnlySpan<float> pointer scores plus a separate sentinel scalar, output Span<float> of length L + 1; the
// shift is the max over both.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class PointerSentinel_Gate
{
    public static float Attention(ReadOnlySpan<float> pointerScores, float sentinel, Span<float> attention)
    {
        int window = pointerScores.Length;
        float top = sentinel;
        foreach (float s in pointerScores)
        {
            top = MathF.Max(top, s);
        }

        float z = 0f;
        for (int i = 0; i < window; i++)
        {
            attention[i] = MathF.Exp(pointerScores[i] - top);
            z += attention[i];
        }

        attention[window] = MathF.Exp(sentinel - top);
        z += attention[window];
        for (int i = 0; i <= window; i++)
        {
            attention[i] /= z;
        }

        return attention[window];
    }
}
