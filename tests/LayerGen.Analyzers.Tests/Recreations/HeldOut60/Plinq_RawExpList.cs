// HeldOut60 — idiom: PLINQ over a List<float[]> batch, AsParallel().AsOrdered().Select with a LINQ softmax per row
// (a recommendation endpoint turning candidate scores into probabilities).
// Layout: List<float[]> in and out, MathF.Exp in a Select lambda, Sum() for the normaliser.
// Bug (LG0003): exp of the raw scores, no maximum subtracted (float overflow above ~88).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut60.Plinq_RawExpList;

public static class CandidateScorer
{
    public static List<float[]> Score(List<float[]> batch)
    {
        return batch
            .AsParallel()
            .AsOrdered()
            .Select(scores =>
            {
                float[] weights = scores.Select(s => MathF.Exp(s)).ToArray(); //~ LG0003
                float norm = weights.Sum();
                for (int i = 0; i < weights.Length; i++)
                {
                    weights[i] /= norm;
                }

                return weights;
            })
            .ToList();
    }
}
