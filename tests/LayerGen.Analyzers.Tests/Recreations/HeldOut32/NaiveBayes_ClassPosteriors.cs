// Multinomial naive Bayes class posteriors: P(c | doc) ∝ exp(log prior_c + Σ_v count_v · log theta_cv).
// Layout: records of bag-of-words documents (int[] counts), double[classes] log priors, double[classes, vocabulary] log theta.
// Correct: each document's joint log-probabilities shifted by their own maximum (ternary fold), divided by their own sum.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut32;

/// <summary>A document as word counts over the vocabulary.</summary>
public sealed record BagOfWords(string Id, int[] Counts);

/// <summary>A fitted multinomial naive Bayes classifier.</summary>
public sealed class MultinomialNaiveBayes(double[] logPrior, double[,] logTheta)
{
    /// <summary>The class posterior of one document.</summary>
    public double[] Posterior(BagOfWords doc)
    {
        int classes = logPrior.Length;
        var joint = new double[classes];
        for (int c = 0; c < classes; c++)
        {
            double s = logPrior[c];
            for (int v = 0; v < doc.Counts.Length; v++)
            {
                s += doc.Counts[v] * logTheta[c, v];
            }

            joint[c] = s;
        }

        double m = joint[0];
        for (int c = 1; c < classes; c++)
        {
            m = joint[c] > m ? joint[c] : m;
        }

        var post = new double[classes];
        double z = 0;
        for (int c = 0; c < classes; c++)
        {
            post[c] = Math.Exp(joint[c] - m);
            z += post[c];
        }

        for (int c = 0; c < classes; c++)
        {
            post[c] /= z;
        }

        return post;
    }

    /// <summary>Posteriors of a batch of documents.</summary>
    public List<double[]> PosteriorAll(IEnumerable<BagOfWords> docs) => docs.Select(Posterior).ToList();
}
