// Idiom: next-ward transfer model (which ward a boarding ED patient goes to): a softmax over the candidate wards of
// each encounter, each candidate a small struct. Use: bed-management forecast.
// Layout: IReadOnlyList<WardScore[]> of `readonly record struct WardScore(Ward, Logit)`; `foreach` with `Math.Max`.
// Correct.
using System;
using System.Collections.Generic;

namespace HeldOut54.WardTransfer_StructScoresPerEncounter;

public readonly record struct WardScore(string Ward, double Logit);

public static class WardTransfer
{
    public static List<double[]> Probabilities(IReadOnlyList<WardScore[]> encounters)
    {
        var result = new List<double[]>(encounters.Count);
        foreach (WardScore[] candidates in encounters)
        {
            double best = double.NegativeInfinity;
            foreach (WardScore candidate in candidates)
            {
                best = Math.Max(best, candidate.Logit);
            }

            var p = new double[candidates.Length];
            double z = 0.0;
            int i = 0;
            foreach (WardScore candidate in candidates)
            {
                p[i] = Math.Exp(candidate.Logit - best);
                z += p[i];
                i++;
            }

            for (int j = 0; j < p.Length; j++)
            {
                p[j] /= z;
            }

            result.Add(p);
        }

        return result;
    }
}
