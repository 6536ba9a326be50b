// Idiom: a k-mer taxonomic classifier's per-read class probabilities: each read's per-taxon scores (summed k-mer
// log-weights) turned into a distribution over taxa, reads keyed by read name.
// Layout: IReadOnlyDictionary<string, double[]> read name -> per-taxon scores, `foreach` KeyValuePair, `scores.Max()`,
// results in a new Dictionary; Math.Exp.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut47.KmerClassifier_PerReadDictionary;

public static class TaxonAssigner
{
    public static Dictionary<string, double[]> TaxonProbabilities(IReadOnlyDictionary<string, double[]> readScores)
    {
        var result = new Dictionary<string, double[]>(readScores.Count);
        foreach (KeyValuePair<string, double[]> read in readScores)
        {
            double[] scores = read.Value;
            double best = scores.Max();
            var p = new double[scores.Length];
            double z = 0.0;
            for (int taxon = 0; taxon < scores.Length; taxon++)
            {
                p[taxon] = Math.Exp(scores[taxon] - best);
                z += p[taxon];
            }

            for (int taxon = 0; taxon < p.Length; taxon++)
            {
                p[taxon] /= z;
            }

            result[read.Key] = p;
        }

        return result;
    }
}
