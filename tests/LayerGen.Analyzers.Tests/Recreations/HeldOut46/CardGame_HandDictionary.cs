// Idiom: card-game AI (trick-taking games such as Hearts): the bot scores each legal card in hand and plays one with
// probability softmax(score / temperature), one distribution per player to move. Written as our own code.
// Layout: IReadOnlyList<Dictionary<Card, float>> (legal card -> score per player), `foreach` over KeyValuePairs with an
// `if` max fold; Card is a readonly record struct.
// Correct.
using System;
using System.Collections.Generic;

namespace HeldOut46.CardGame_HandDictionary;

public readonly record struct Card(char Suit, int Rank);

public static class CardBot
{
    public static List<Dictionary<Card, float>> PlayProbabilities(IReadOnlyList<Dictionary<Card, float>> legalScores, float temperature)
    {
        var result = new List<Dictionary<Card, float>>(legalScores.Count);
        foreach (Dictionary<Card, float> hand in legalScores)
        {
            float top = float.NegativeInfinity;
            foreach (KeyValuePair<Card, float> kv in hand)
            {
                if (kv.Value > top) top = kv.Value;
            }

            var probs = new Dictionary<Card, float>(hand.Count);
            float norm = 0f;
            foreach (KeyValuePair<Card, float> kv in hand)
            {
                float w = MathF.Exp((kv.Value - top) / temperature);
                probs[kv.Key] = w;
                norm += w;
            }

            foreach (Card c in hand.Keys)
            {
                probs[c] /= norm;
            }

            result.Add(probs);
        }

        return result;
    }
}
