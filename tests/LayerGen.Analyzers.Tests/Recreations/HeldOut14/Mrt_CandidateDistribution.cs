// Source: minimum risk training for NMT (Shen et al. 2016, "Minimum Risk Training for Neural Machine Translation";
// THUMT `mrt`): over the sampled candidate set S(x), Q(y | x) = p(y | x)^alpha / sum_{y' in S} p(y' | x)^alpha, i.e.
// a softmax of alpha * log p over the candidates of one source sentence.
// Layout: IReadOnlyList<List<Candidate>> (one list per source sentence, record with a LogProb property); the peak is
// LINQ Max over the sentence's candidates; alpha applied after the shift.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut14;

public sealed record Candidate(int[] Tokens, double LogProb);

public static class Mrt_CandidateDistribution
{
    public static double[][] Q(IReadOnlyList<List<Candidate>> batch, double alpha)
    {
        var q = new double[batch.Count][];
        for (int b = 0; b < batch.Count; b++)
        {
            List<Candidate> candidates = batch[b];
            double best = candidates.Max(c => c.LogProb);
            var w = new double[candidates.Count];
            double z = 0;
            for (int i = 0; i < w.Length; i++)
                z += w[i] = Math.Exp(alpha * (candidates[i].LogProb - best));
            for (int i = 0; i < w.Length; i++)
                w[i] /= z;
            q[b] = w;
        }
        return q;
    }
}
