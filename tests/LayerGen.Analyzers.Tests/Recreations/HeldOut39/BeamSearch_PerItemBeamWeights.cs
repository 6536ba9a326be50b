// Idiom: stochastic beam search: each batch item's live hypotheses re-weighted by a softmax of their cumulative scores
//        (used to sample which beams survive); max and sum with LINQ per batch item
// Layout: List<List<Hypothesis>> [batch][beams], record Hypothesis(int[] Tokens, float Score), weights float[][]
// Correct
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut39.BeamSearch_PerItemBeamWeights;

public sealed record Hypothesis(int[] Tokens, float Score);

public static class BeamWeights
{
    public static float[][] Compute(List<List<Hypothesis>> beams)
    {
        var weights = new float[beams.Count][];
        for (int b = 0; b < beams.Count; b++)
        {
            List<Hypothesis> item = beams[b];
            float best = item.Max(h => h.Score);
            float[] w = item.Select(h => MathF.Exp(h.Score - best)).ToArray();
            float z = w.Sum();
            for (int i = 0; i < w.Length; i++)
            {
                w[i] /= z;
            }
            weights[b] = w;
        }
        return weights;
    }
}
