// Source: NRMS news recommendation (Wu et al. 2019; microsoft/recommenders `NRMSModel`): additive attention over a
// user's clicked-news vectors, α = softmax(a) over the history, masked for padded history slots.
// Layout: generic math (T : IFloatingPointIeee754<T>), flat ReadOnlySpan<T> scores [users × historySlots] with a
// ReadOnlySpan<bool> click mask.
// Label: Correct.
using System;
using System.Numerics;

namespace HeldOut21.NewsRecClickAttention;

/// <summary>Attention weights of a user encoder over clicked news.</summary>
public static class UserEncoder<T> where T : IFloatingPointIeee754<T>
{
    /// <summary>weights[u·H + i] = softmax over the user's clicked slots i of scores; padded slots get 0.</summary>
    public static void AttentionWeights(ReadOnlySpan<T> scores, ReadOnlySpan<bool> clicked, int historySlots, Span<T> weights)
    {
        for (int u = 0; u * historySlots < scores.Length; u++)
        {
            int start = u * historySlots;
            T peak = T.NegativeInfinity;
            for (int i = start; i < start + historySlots; i++)
                if (clicked[i]) peak = T.Max(peak, scores[i]);

            T total = T.Zero;
            for (int i = start; i < start + historySlots; i++)
            {
                weights[i] = clicked[i] ? T.Exp(scores[i] - peak) : T.Zero;
                total += weights[i];
            }

            if (total == T.Zero) continue;
            for (int i = start; i < start + historySlots; i++) weights[i] /= total;
        }
    }
}
