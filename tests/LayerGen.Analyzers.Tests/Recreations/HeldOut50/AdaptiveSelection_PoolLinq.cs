// Idiom: computerized adaptive testing, randomized item selection: each examinee's candidate pool gets softmax weights
// over Fisher information at the current theta estimate, with a temperature (exposure-control "softmax selection"
// as in CAT simulation scripts; our own C#).
// Layout: IReadOnlyList<List<Candidate>> (one pool per examinee), LINQ Max/Select/Sum, double[][] out.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut50.AdaptiveSelection_PoolLinq;

public sealed record Candidate(int ItemId, double Information);

public static class SoftmaxSelection
{
    public static double[][] SelectionWeights(IReadOnlyList<List<Candidate>> pools, double temperature)
    {
        return pools.Select(pool =>
        {
            double best = pool.Max(c => c.Information);
            double[] w = pool.Select(c => Math.Exp((c.Information - best) / temperature)).ToArray();
            double total = w.Sum();
            return w.Select(x => x / total).ToArray();
        }).ToArray();
    }
}
