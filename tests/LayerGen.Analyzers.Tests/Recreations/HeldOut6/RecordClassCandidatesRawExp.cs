// Source: C# sampler/candidate code with record classes (token candidates whose `Weight` property is set from the
// logit, then normalised), re-created with an init-only record and `with`.
// Layout: List of candidate records (1-D softmax), called per decoding step.
// Bug LG0003: the weight is MathF.Exp(candidate.Logit) of the raw logit, normalised by the weights' sum.
using System;
using System.Collections.Generic;

namespace HeldOut6.RecordClassCandidatesRawExp;

public sealed record Candidate(int Token, float Logit)
{
    public float Weight { get; init; }
}

public static class WeightedCandidates
{
    public static List<Candidate> Normalize(List<Candidate> candidates)
    {
        var weighted = new List<Candidate>(candidates.Count);
        float total = 0f;
        foreach (Candidate c in candidates)
        {
            var w = c with { Weight = MathF.Exp(c.Logit) }; //~ LG0003
            total += w.Weight;
            weighted.Add(w);
        }

        for (int i = 0; i < weighted.Count; i++)
        {
            weighted[i] = weighted[i] with { Weight = weighted[i].Weight / total };
        }

        return weighted;
    }
}
