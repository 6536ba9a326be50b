// known gap: a max folded over a span view (pair, 2n) wider than the softmax's sub-view (pair[..n]) of the same buffer is not compared with the slice
// gap: -LG0001@26
// Idiom: one workspace per sample holding two adjacent spans, logits then exps (`work[r * 2n .. r * 2n + n)` and
// `[r * 2n + n .. r * 2n + 2n)`), the pair taken as one `Span<float> pair = work.AsSpan(r * 2 * n, 2 * n)`.
// Use: softmax per sample where the caller packs logits and probabilities side by side. Layout: flat float[batch * 2n].
// Bug (LG0001): the max is folded over the whole pair (logits and the exps half), wider than the n logits of the
// softmax slice; rows of logits far below zero are shifted by a stale 0 or 1 and underflow.
// Our own code.
using System;

namespace HeldOut76.SplitWorkspace_PairWideMax;

public static class Packed
{
    public static void Softmax(float[] work, int n)
    {
        for (int r = 0; r < work.Length / (2 * n); r++)
        {
            Span<float> pair = work.AsSpan(r * 2 * n, 2 * n);
            Span<float> logits = pair[..n];
            Span<float> probs = pair[n..];

            float top = float.NegativeInfinity;
            for (int i = 0; i < pair.Length; i++)
            {
                if (pair[i] > top) top = pair[i]; //~ LG0001
            }

            float sum = 0f;
            for (int i = 0; i < n; i++)
            {
                probs[i] = MathF.Exp(logits[i] - top);
                sum += probs[i];
            }

            for (int i = 0; i < n; i++)
            {
                probs[i] /= sum;
            }
        }
    }
}
