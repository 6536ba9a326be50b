// Source: RM3 relevance-model feedback (Lavrenko & Croft 2001; Anserini RM3): P(D|Q) ∝ exp(log QL(D, Q)) over one
// query's feedback documents.
// Layout: List of (string Query, double[] LogLikelihood) tuples, deconstructed foreach, first-element-seeded peak per
// query; the division happens in a second pass over the collected weight rows.
// Bug: LG0002 (one normaliser accumulated over every query's documents).
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut16.Rm3_NormaliserAcrossQueries;

public static class RelevanceModel
{
    /// <summary>Feedback document weights, one row per query in input order.</summary>
    public static List<double[]> DocumentWeights(List<(string Query, double[] LogLikelihood)> runs)
    {
        var rows = new List<double[]>();
        double mass = 0;
        foreach (var (_, logLik) in runs)
        {
            double best = logLik[0];
            for (int d = 1; d < logLik.Length; d++)
                if (logLik[d] > best) best = logLik[d];
            var w = new double[logLik.Length];
            for (int d = 0; d < w.Length; d++)
            {
                w[d] = Math.Exp(logLik[d] - best);
                mass += w[d]; //~ LG0002
            }
            rows.Add(w);
        }
        foreach (double[] w in rows)
            for (int d = 0; d < w.Length; d++)
                w[d] /= mass;
        return rows;
    }
}
