// Idiom: per-document topic posteriors in one LINQ pipeline over a [documents][topics] score table; each
// document is shifted by its own best topic, then the table is divided by one normaliser.
// Use: soft topic assignment of a batch of documents.
// Layout: jagged double[][] scores (one row per document), nested Select with a statement lambda, SelectMany.
// Inspired by: LINQ-heavy C# text-classification samples; own code.
// Label: LG0002 — the normaliser sums every document's terms, not one document's.
using System;
using System.Linq;

namespace HeldOut62.TopicPosteriors_CorpusNormaliser;

public static class BatchTopics
{
    public static double[][] Posteriors(double[][] docTopicScores)
    {
        double[][] unnormalised = docTopicScores
            .Select(row =>
            {
                double best = row.Max();
                return row.Select(s => Math.Exp(s - best)).ToArray();
            })
            .ToArray();

        double evidence = unnormalised.SelectMany(r => r).Sum(); //~ LG0002
        return unnormalised.Select(r => r.Select(v => v / evidence).ToArray()).ToArray();
    }
}
