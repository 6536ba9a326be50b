// Idiom: card-game AI: scores for all 52 cards per player, the softmax over the player's legal cards only, written
// with `while` loops and manual counters. Written as our own code.
// Layout: float[players, 52] scores, List<int>[] legal card ids per player, float[][] out; MathF.Exp of score / T.
// Bug: LG0003 (no max subtracted: overflow to +inf for scores above ~88 T, NaN after the division).
using System;
using System.Collections.Generic;

namespace HeldOut46.CardGame_RawWhileList;

public static class CardBot
{
    public static float[][] PlayProbabilities(float[,] scores, List<int>[] legal, float temperature)
    {
        var probs = new float[legal.Length][];
        int p = 0;
        while (p < legal.Length)
        {
            List<int> cards = legal[p];
            var w = new float[cards.Count];
            float sum = 0f;
            int i = 0;
            while (i < cards.Count)
            {
                w[i] = MathF.Exp(scores[p, cards[i]] / temperature); //~ LG0003
                sum += w[i];
                i++;
            }

            i = 0;
            while (i < w.Length)
            {
                w[i] /= sum;
                i++;
            }

            probs[p] = w;
            p++;
        }

        return probs;
    }
}
