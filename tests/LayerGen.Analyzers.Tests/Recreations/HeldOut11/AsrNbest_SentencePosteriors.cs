// Re-creates the shape of N-best sentence posteriors for ASR confidence (Wessel et al. 2001; Kaldi/ESPnet N-best
// rescoring): per utterance, P(h | x) = softmax over the hypotheses of acousticScale * AM + lmWeight * LM.
// Layout: IReadOnlyList<IReadOnlyList<Hypothesis>> (a record class with AM and LM log scores), a private helper that
// combines the scores, a static local function for the best score, double[][] output.
// Correct: the max and the sum run over the hypotheses of one utterance.
using System;
using System.Collections.Generic;

namespace HeldOut11;

public sealed record Hypothesis(string Text, double AcousticLogLikelihood, double LanguageModelScore);

public static class AsrNbest_SentencePosteriors
{
    public static double[][] Posteriors(IReadOnlyList<IReadOnlyList<Hypothesis>> nbest, double acousticScale, double lmWeight)
    {
        var posterior = new double[nbest.Count][];
        for (int u = 0; u < nbest.Count; u++)
        {
            IReadOnlyList<Hypothesis> list = nbest[u];
            double best = Best(list, acousticScale, lmWeight);
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

        static double Best(IReadOnlyList<Hypothesis> list, double acousticScale, double lmWeight)
        {
            double best = double.NegativeInfinity;
            foreach (Hypothesis h in list)
                best = Math.Max(best, Combined(h, acousticScale, lmWeight));
            return best;
        }
    }

    private static double Combined(Hypothesis h, double acousticScale, double lmWeight) =>
        acousticScale * h.AcousticLogLikelihood + lmWeight * h.LanguageModelScore;
}
