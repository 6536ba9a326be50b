// Idiom: intent probabilities per chat session, grouped with `ToLookup` over `readonly record struct` rows, weights
// with `Select(s => Math.Exp(s.Logit))`, written into a dictionary keyed by (session, intent).
// Layout: `IEnumerable<IntentScore>` record structs grouped by session; one softmax per session.
// Twin of SessionIntents_RunsPerSession; style after the Somnium `BasicSoftMax` LINQ spelling (xin-pu/Somnium); own code.
// Bug LG0003: the raw logits are exponentiated with no maximum subtracted (overflow to ∞, then ∞/∞ = NaN).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut66.SessionIntents_RawExpPerSession;

public readonly record struct IntentScore(int SessionId, string Intent, float Logit);

public static class IntentNormaliser
{
    public static Dictionary<(int SessionId, string Intent), double> IntentProbabilities(IEnumerable<IntentScore> scores)
    {
        var result = new Dictionary<(int SessionId, string Intent), double>();
        foreach (var session in scores.ToLookup(s => s.SessionId))
        {
            IntentScore[] items = session.ToArray();
            double[] weights = items.Select(s => Math.Exp(s.Logit)).ToArray(); //~ LG0003
            double total = weights.Sum();
            for (int i = 0; i < items.Length; i++)
            {
                result[(items[i].SessionId, items[i].Intent)] = weights[i] / total;
            }
        }

        return result;
    }
}
