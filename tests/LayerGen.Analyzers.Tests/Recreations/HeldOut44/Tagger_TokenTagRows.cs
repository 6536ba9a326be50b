// Idiom: POS / NER sequence tagger, per-token tag distribution from the emission scores of a sentence
// Layout: emissions double[tokens, tags] (row-major 2D), records per tagged token
// Correct
using System;
using System.Collections.Generic;

namespace HeldOut44.Tagger_TokenTagRows;

public sealed record TaggedToken(string Word, string Tag, double Confidence);

public static class PosTagger
{
    public static double[,] TagPosteriors(double[,] emissions)
    {
        int tokens = emissions.GetLength(0);
        int tags = emissions.GetLength(1);
        var posterior = new double[tokens, tags];
        for (int i = 0; i < tokens; i++)
        {
            double best = emissions[i, 0];
            for (int k = 1; k < tags; k++)
                best = Math.Max(best, emissions[i, k]);

            double norm = 0;
            for (int k = 0; k < tags; k++)
            {
                posterior[i, k] = Math.Exp(emissions[i, k] - best);
                norm += posterior[i, k];
            }

            for (int k = 0; k < tags; k++)
                posterior[i, k] /= norm;
        }
        return posterior;
    }

    public static List<TaggedToken> Tag(string[] words, double[,] emissions, string[] tagSet)
    {
        var posterior = TagPosteriors(emissions);
        var result = new List<TaggedToken>(words.Length);
        for (int i = 0; i < words.Length; i++)
        {
            int arg = 0;
            for (int k = 1; k < tagSet.Length; k++)
                if (posterior[i, k] > posterior[i, arg]) arg = k;
            result.Add(new TaggedToken(words[i], tagSet[arg], posterior[i, arg]));
        }
        return result;
    }
}
