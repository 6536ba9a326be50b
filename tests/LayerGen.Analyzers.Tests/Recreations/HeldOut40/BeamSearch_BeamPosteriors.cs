// Idiom: beam search over decoder steps: each live hypothesis gets its own softmax over the vocabulary, candidates scored by product
// Layout: List<Hypothesis> records each carrying its decoder logits float[vocab]; double accumulation
// Correct
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut40.BeamSearch_BeamPosteriors;

public sealed record Hypothesis(int[] Tokens, double Score, float[] Logits);

public sealed record Candidate(int[] Tokens, double Score);

public static class BeamStep
{
    public static double[] Posterior(float[] logits)
    {
        double max = logits[0];
        for (int v = 1; v < logits.Length; v++) max = Math.Max(max, logits[v]);
        var p = new double[logits.Length];
        double z = 0.0;
        for (int v = 0; v < logits.Length; v++)
        {
            p[v] = Math.Exp(logits[v] - max);
            z += p[v];
        }

        for (int v = 0; v < p.Length; v++) p[v] /= z;
        return p;
    }

    public static List<Candidate> Expand(List<Hypothesis> beams, int beamWidth)
    {
        var candidates = new List<Candidate>();
        foreach (var hyp in beams)
        {
            var p = Posterior(hyp.Logits);
            for (int v = 0; v < p.Length; v++)
                candidates.Add(new Candidate(hyp.Tokens.Append(v).ToArray(), hyp.Score * p[v]));
        }

        return candidates.OrderByDescending(c => c.Score).Take(beamWidth).ToList();
    }
}
