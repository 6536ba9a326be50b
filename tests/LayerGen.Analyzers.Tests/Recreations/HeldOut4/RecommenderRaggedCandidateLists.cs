// Source: recommender / CTR re-ranking in C# (ML.NET recommendation samples, "softmax over a user's candidate
// items" in two-tower retrieval demos): each user has a different number of scored candidates.
// Layout: List<float[]> ragged rows; max via Aggregate(NegativeInfinity, MathF.Max); one softmax per row.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.HeldOut4.RecommenderRaggedCandidateLists;

public static class CandidateRanker
{
    public static List<float[]> Probabilities(List<float[]> candidateScores)
    {
        var result = new List<float[]>(candidateScores.Count);
        foreach (float[] scores in candidateScores)
        {
            float best = scores.Aggregate(float.NegativeInfinity, MathF.Max);
            var p = new float[scores.Length];
            float total = 0f;
            for (int i = 0; i < scores.Length; i++)
            {
                p[i] = MathF.Exp(scores[i] - best);
                total += p[i];
            }

            for (int i = 0; i < p.Length; i++)
                p[i] /= total;
            result.Add(p);
        }

        return result;
    }
}
