// Idiom: session-based next-item scoring (GRU4Rec-style serving): each live session's candidate scores to next-item probabilities
// Layout: Dictionary<int, List<float>> keyed by session id (lists of different lengths), result Dictionary<int, List<float>>
// Correct
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut36.SessionNextItem_PerSession;

public static class NextItemScorer
{
    public static Dictionary<int, List<float>> NextItemProbabilities(Dictionary<int, List<float>> scoresBySession)
    {
        var probabilities = new Dictionary<int, List<float>>();
        foreach (var (sessionId, scores) in scoresBySession)
        {
            if (scores.Count == 0)
            {
                continue;
            }

            float max = scores.Max();
            var weights = new List<float>(scores.Count);
            float sum = 0f;
            foreach (float s in scores)
            {
                float w = MathF.Exp(s - max);
                weights.Add(w);
                sum += w;
            }

            for (int k = 0; k < weights.Count; k++)
            {
                weights[k] /= sum;
            }

            probabilities[sessionId] = weights;
        }

        return probabilities;
    }
}
