// Idiom: per-document topic posterior in LDA-like / multinomial naive-Bayes code:
// score_k = log prior_k + sum over the document's tokens of log phi[k][w], then a softmax over topics per document.
// Use: assigning documents to topics after training (hard or soft assignment).
// Layout: documents as Dictionary<string, int[]> (token ids), log phi as jagged double[topics][vocabulary], LINQ
// Max/Select/Sum per document, results as Dictionary<string, double[]>.
// Inspired by: gensim-style inference loops and naive-Bayes posterior code; own code.
// Label: Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut62.TopicPosteriors_DictionaryPerDocument;

public static class TopicInference
{
    public static Dictionary<string, double[]> Posteriors(
        IReadOnlyDictionary<string, int[]> documents, double[] logPrior, double[][] logPhi)
    {
        var result = new Dictionary<string, double[]>();
        foreach (var (name, tokens) in documents)
        {
            var scores = new double[logPrior.Length];
            for (int k = 0; k < scores.Length; k++)
            {
                double s = logPrior[k];
                foreach (int w in tokens)
                {
                    s += logPhi[k][w];
                }

                scores[k] = s;
            }

            double m = scores.Max();
            double[] p = scores.Select(s => Math.Exp(s - m)).ToArray();
            double z = p.Sum();
            for (int k = 0; k < p.Length; k++)
            {
                p[k] /= z;
            }

            result[name] = p;
        }

        return result;
    }
}
