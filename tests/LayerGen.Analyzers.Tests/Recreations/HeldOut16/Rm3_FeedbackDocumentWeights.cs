// Source: RM3 relevance-model feedback (Lavrenko & Croft 2001; Abdul-Jaleel et al. 2004; Anserini/Pyserini RM3,
// gtsherman/scoring RM1Builder): the feedback documents' weights P(D|Q) are their query likelihoods exp(log QL)
// normalised over the top-k documents of a query; expansion terms are Σ_D P(w|D)·P(D|Q).
// Layout: Dictionary<string, List<ScoredDoc>> runs (readonly record struct), KeyValuePair foreach, LINQ Take/Max/Select/Sum,
// in-place division; the expansion keeps the top terms and renormalises them (plain ℓ1, no exp).
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut16.Rm3_FeedbackDocumentWeights;

public readonly record struct ScoredDoc(string DocId, double LogQueryLikelihood);

public static class RelevanceModel
{
    /// <summary>P(D|Q) over the first <paramref name="feedbackDocs"/> documents of each query.</summary>
    public static Dictionary<string, double[]> DocumentWeights(Dictionary<string, List<ScoredDoc>> runs, int feedbackDocs)
    {
        var result = new Dictionary<string, double[]>();
        foreach (KeyValuePair<string, List<ScoredDoc>> run in runs)
        {
            List<ScoredDoc> top = run.Value.Take(feedbackDocs).ToList();
            double best = top.Max(d => d.LogQueryLikelihood);
            double[] weights = top.Select(d => Math.Exp(d.LogQueryLikelihood - best)).ToArray();
            double mass = weights.Sum();
            for (int i = 0; i < weights.Length; i++) weights[i] /= mass;
            result[run.Key] = weights;
        }
        return result;
    }

    /// <summary>The relevance model P(w|R) over the <paramref name="terms"/> heaviest terms.</summary>
    public static Dictionary<string, double> ExpansionTerms(double[] documentWeights, IReadOnlyList<Dictionary<string, double>> termProbability, int terms)
    {
        var rm = new Dictionary<string, double>();
        for (int d = 0; d < documentWeights.Length; d++)
            foreach (var (term, p) in termProbability[d])
                rm[term] = rm.GetValueOrDefault(term) + p * documentWeights[d];
        var kept = rm.OrderByDescending(kv => kv.Value).Take(terms).ToList();
        double norm = kept.Sum(kv => kv.Value);
        return kept.ToDictionary(kv => kv.Key, kv => kv.Value / norm);
    }
}
