// Source: IBM Model 1 E-step (Brown et al. 1993; nltk `IBMModel1`) in log space: per target word, a softmax of log t
// over the source words. Layout: Dictionary<(string, string), double> log lexical table, sentence pair of strings,
// double[target, source] output; per-word shifts, but one normaliser for the sentence pair.
// Bug: LG0002 — the normaliser sums over every target word of the sentence, not one target word's sources.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut12;

public static class IbmModel1_SentenceNormaliser
{
    public static double[,] Posterior(IReadOnlyDictionary<(string Target, string Source), double> logT, string[] target, string[] source)
    {
        var posterior = new double[target.Length, source.Length];
        double sentenceTotal = 0.0;
        for (int i = 0; i < target.Length; i++)
        {
            double best = double.NegativeInfinity;
            for (int j = 0; j < source.Length; j++)
            {
                best = Math.Max(best, logT[(target[i], source[j])]);
            }

            for (int j = 0; j < source.Length; j++)
            {
                posterior[i, j] = Math.Exp(logT[(target[i], source[j])] - best);
                sentenceTotal += posterior[i, j]; //~ LG0002
            }
        }

        for (int i = 0; i < target.Length; i++)
        {
            for (int j = 0; j < source.Length; j++)
            {
                posterior[i, j] /= sentenceTotal;
            }
        }

        return posterior;
    }
}
