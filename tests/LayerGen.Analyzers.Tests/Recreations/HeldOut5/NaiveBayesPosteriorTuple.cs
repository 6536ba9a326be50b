// Source: multinomial Naive Bayes text classifiers in C# (spam filters, course code): log prior + log likelihood
// per class, posterior = exp(logJoint − max) / Σ. Layout: double[docs, classes] log-likelihoods, double[] log priors.
// Correct: a (max, argmax) tuple per document, joint values routed through a per-document temporary array.
using System;

namespace LayerGen.Recreations.HeldOut5.NaiveBayesPosteriorTupleNs;

public static class NaiveBayesPosteriorTuple
{
    public static double[,] Posterior(double[,] logLikelihood, double[] logPrior)
    {
        int docs = logLikelihood.GetLength(0);
        int classes = logLikelihood.GetLength(1);
        var post = new double[docs, classes];
        var joint = new double[classes];
        for (int d = 0; d < docs; d++)
        {
            var best = (Score: double.NegativeInfinity, Class: -1);
            for (int c = 0; c < classes; c++)
            {
                joint[c] = logPrior[c] + logLikelihood[d, c];
                if (joint[c] > best.Score) best = (joint[c], c);
            }
            double evidence = 0.0;
            for (int c = 0; c < classes; c++)
            {
                post[d, c] = Math.Exp(joint[c] - best.Score);
                evidence += post[d, c];
            }
            for (int c = 0; c < classes; c++)
            {
                post[d, c] /= evidence;
            }
        }
        return post;
    }
}
