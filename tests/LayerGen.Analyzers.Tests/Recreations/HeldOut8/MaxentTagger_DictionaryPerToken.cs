// Source: maximum-entropy (MEMM) tagger local distributions p(tag | token, features) (Ratnaparkhi 1996; the
// OpenNLP MaxentModel.eval shape), re-created with tag scores kept in dictionaries.
// Layout: IReadOnlyList<Dictionary<string, double>> (one dictionary of tag -> score per token), Values.Max(),
// deconstructed foreach.
// Correct: max and normaliser per token.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut8;

public static class MaxentTagger_DictionaryPerToken
{
    public static List<Dictionary<string, double>> Distributions(IReadOnlyList<Dictionary<string, double>> tagScores)
    {
        var output = new List<Dictionary<string, double>>(tagScores.Count);
        foreach (Dictionary<string, double> scores in tagScores)
        {
            double best = scores.Values.Max();
            var dist = new Dictionary<string, double>(scores.Count);
            double normaliser = 0;
            foreach (var (tag, score) in scores)
            {
                double e = Math.Exp(score - best);
                dist[tag] = e;
                normaliser += e;
            }

            foreach (string tag in scores.Keys) dist[tag] /= normaliser;
            output.Add(dist);
        }
        return output;
    }
}
