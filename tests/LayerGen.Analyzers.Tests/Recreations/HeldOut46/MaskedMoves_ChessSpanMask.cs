// Idiom: masked policy over a chess engine's move encoding (AlphaZero-style move planes flattened): illegal moves get
// -infinity before the softmax, so they receive probability 0. Written as our own code.
// Layout: flat float[positions * moveCount] logits and bool[] legal mask, one `Span<T>.Slice` per position; `if` max
// fold over the masked values. Every position has at least one legal move.
// Correct.
using System;

namespace HeldOut46.MaskedMoves_ChessSpanMask;

public static class MoveHead
{
    public static void MaskedPolicy(float[] logits, bool[] legal, int moveCount, float[] policy)
    {
        int positions = logits.Length / moveCount;
        for (int p = 0; p < positions; p++)
        {
            ReadOnlySpan<float> src = logits.AsSpan().Slice(p * moveCount, moveCount);
            ReadOnlySpan<bool> ok = legal.AsSpan().Slice(p * moveCount, moveCount);
            Span<float> dst = policy.AsSpan().Slice(p * moveCount, moveCount);
            float best = float.NegativeInfinity;
            for (int m = 0; m < moveCount; m++)
            {
                dst[m] = ok[m] ? src[m] : float.NegativeInfinity;
                if (dst[m] > best) best = dst[m];
            }

            float sum = 0f;
            for (int m = 0; m < moveCount; m++)
            {
                dst[m] = MathF.Exp(dst[m] - best);
                sum += dst[m];
            }

            for (int m = 0; m < moveCount; m++)
            {
                dst[m] /= sum;
            }
        }
    }
}
