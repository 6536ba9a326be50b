// Source: noisy-channel spelling correction (Kernighan, Church & Gale 1990; Norvig), exponentiating the helper's
// log score directly.
// Layout: IReadOnlyDictionary<string, IReadOnlyList<readonly record struct>>, static score helper.
// Bug: LG0003 — exp of the log channel + log prior score with no maximum subtracted.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut13;

public readonly record struct TypoCandidate(string Word, double LogChannel, double LogPrior);

public static class NoisyChannel_RawPosterior
{
    public static Dictionary<string, double[]> Posterior(IReadOnlyDictionary<string, IReadOnlyList<TypoCandidate>> candidates)
    {
        var result = new Dictionary<string, double[]>();
        foreach (KeyValuePair<string, IReadOnlyList<TypoCandidate>> typo in candidates)
        {
            IReadOnlyList<TypoCandidate> list = typo.Value;
            var post = new double[list.Count];
            double z = 0.0;
            for (int i = 0; i < list.Count; i++)
            {
                post[i] = Math.Exp(Score(list[i])); //~ LG0003
                z += post[i];
            }
            for (int i = 0; i < post.Length; i++)
                post[i] /= z;
            result[typo.Key] = post;
        }
        return result;
    }

    private static double Score(in TypoCandidate c) => c.LogChannel + c.LogPrior;
}
