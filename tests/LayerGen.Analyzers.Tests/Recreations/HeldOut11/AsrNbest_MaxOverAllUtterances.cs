// Re-creates the shape of N-best sentence posteriors for ASR confidence (Wessel et al. 2001; Kaldi/ESPnet N-best
// rescoring): per utterance, P(h | x) = softmax over the hypotheses of acousticScale * AM + lmWeight * LM.
// Layout: IReadOnlyList<IReadOnlyList<Scored>> (a record class with AM and LM log scores), a private helper that
// combines the scores, a LINQ max of maxes.
// Bug (LG0001): the shift is the best combined score over every utterance of the batch.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut11;

public sealed record Scored(string Text, double AcousticLogLikelihood, double LanguageModelScore);

public static class AsrNbest_MaxOverAllUtterances
{
    public static double[][] Posteriors(IReadOnlyList<IReadOnlyList<Scored>> nbest, double acousticScale, double lmWeight)
    {
        double best = nbest.Max(list => list.Max(h => Combined(h, acousticScale, lmWeight))); //~ LG0001
        var posterior = new double[nbest.Count][];
        for (int u = 0; u < nbest.Count; u++)
        {
            IReadOnlyList<Scored> list = nbest[u];
            var p = new double[list.Count];
            double total = 0.0;
            for (int h = 0; h < list.Count; h++)
            {
                p[h] = Math.Exp(Combined(list[h], acousticScale, lmWeight) - best);
                total += p[h];
            }
            for (int h = 0; h < p.Length; h++)
                p[h] /= total;
            posterior[u] = p;
        }
        return posterior;
    }

    private static double Combined(Scored h, double acousticScale, double lmWeight) =>
        acousticScale * h.AcousticLogLikelihood + lmWeight * h.LanguageModelScore;
}
