// Idiom: top-k sampling: candidates (token, logit) sorted by logit descending, keep k, softmax over the kept logits
//        shifted by the first (largest) candidate
// Layout: record struct Candidate[], Array.Sort with a comparison, List<(int, float)> result
// Correct
using System;
using System.Collections.Generic;

namespace HeldOut39.TopKSampling_SortedCandidates;

public readonly record struct Candidate(int Token, float Logit);

public static class TopK
{
    public static List<(int Token, float Prob)> Distribution(float[] logits, int k, float temperature)
    {
        var cands = new Candidate[logits.Length];
        for (int i = 0; i < logits.Length; i++)
        {
            cands[i] = new Candidate(i, logits[i] / temperature);
        }
        Array.Sort(cands, (a, b) => b.Logit.CompareTo(a.Logit));

        int kept = Math.Min(k, cands.Length);
        float top = cands[0].Logit;
        var weights = new float[kept];
        float z = 0f;
        for (int i = 0; i < kept; i++)
        {
            weights[i] = MathF.Exp(cands[i].Logit - top);
            z += weights[i];
        }

        var result = new List<(int Token, float Prob)>(kept);
        for (int i = 0; i < kept; i++)
        {
            result.Add((cands[i].Token, weights[i] / z));
        }
        return result;
    }
}
