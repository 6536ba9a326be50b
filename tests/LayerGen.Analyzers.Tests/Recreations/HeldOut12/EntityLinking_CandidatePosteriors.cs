// Source: neural entity disambiguation (Ganea & Hofmann 2017; informagi/REL `mulrel` local model): each mention's
// candidate entities are scored by local context plus the log prior log p(e | m) from anchor counts, and a softmax
// over the mention's candidates gives p(e | m, context). Layout: List of `sealed record Mention` with double[]
// properties, LINQ Zip/Max/Select/Sum per mention; the prior is an input array, not a log call.
// Correct.
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut12;

public sealed record Mention(string Surface, double[] LocalScores, double[] LogPrior);

public static class EntityLinking_CandidatePosteriors
{
    public static List<double[]> Posteriors(IReadOnlyList<Mention> mentions)
    {
        var result = new List<double[]>(mentions.Count);
        foreach (Mention m in mentions)
        {
            double[] combined = m.LocalScores.Zip(m.LogPrior, (a, b) => a + b).ToArray();
            double top = combined.Max();
            double[] exps = combined.Select(v => System.Math.Exp(v - top)).ToArray();
            double z = exps.Sum();
            result.Add(exps.Select(e => e / z).ToArray());
        }

        return result;
    }
}
