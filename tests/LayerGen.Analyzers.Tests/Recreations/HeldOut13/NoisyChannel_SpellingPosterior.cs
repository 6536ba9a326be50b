// Source: noisy-channel spelling correction (Kernighan, Church & Gale 1990; Norvig's "How to Write a Spelling
// Corrector"): P(c | w) ∝ P(w | c)·P(c), scored in log space and normalised over each typo's candidates.
// Layout: IReadOnlyDictionary<string, IReadOnlyList<readonly record struct>>, score through a static helper with an
// `in` parameter, output Dictionary<string, double[]>.
// Correct.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut13;

public readonly record struct SpellCandidate(string Word, double LogChannel, double LogPrior);

public static class NoisyChannel_SpellingPosterior
{
    public static Dictionary<string, double[]> Posterior(IReadOnlyDictionary<string, IReadOnlyList<SpellCandidate>> candidates)
    {
        var result = new Dictionary<string, double[]>();
        foreach (KeyValuePair<string, IReadOnlyList<SpellCandidate>> typo in candidates)
        {
            IReadOnlyList<SpellCandidate> list = typo.Value;
            double best = double.NegativeInfinity;
            for (int i = 0; i < list.Count; i++)
                best = Math.Max(best, Score(list[i]));

            var post = new double[list.Count];
            double z = 0.0;
            for (int i = 0; i < list.Count; i++)
            {
                post[i] = Math.Exp(Score(list[i]) - best);
                z += post[i];
            }
            for (int i = 0; i < post.Length; i++)
                post[i] /= z;
            result[typo.Key] = post;
        }
        return result;
    }

    private static double Score(in SpellCandidate c) => c.LogChannel + c.LogPrior;
}
