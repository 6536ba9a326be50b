// Variants (our own code) of the naive-Bayes posterior of Real53's GrensenMLDemos_SpanSoftmaxesAndNaiveBayes: a class
// score built in log space (a log prior plus the log-likelihood of every feature, or plus a linear score) and then
// exponentiated and normalised without subtracting the maximum of the scores over the classes. exp(log a + b) = a·e^b:
// the added terms are raw logits. With many features the sum of logs lies hundreds below 0 for every class, every exp
// underflows to 0 and the posterior is 0 / 0 = NaN (or all zeros behind an epsilon); with narrow densities (σ < 1)
// it lies hundreds above 0 and overflows. Bug: LG0003 x5.
// Source: Gaussian, multinomial and Bernoulli naive Bayes as textbook C# ports write them (the `log prior + Σ log
// p(x_j | c)` of Manning et al., Introduction to Information Retrieval ch. 13), then `Math.Exp(score) / Σ`.
// Layouts: jagged double[][] per-class Gaussian statistics (local score); float[,] log-likelihood table [classes,
// vocabulary] with a word-id list (score array, foreach); a density helper the model cannot read (compound `-=`); LINQ
// Sum of logs per class; a logistic score plus a log prior.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.LogPlusTermsRawScores;

public static class GaussianNaiveBayes
{
    public static double[] Posterior(double[] prior, double[][] mean, double[][] std, double[] x)
    {
        int classes = prior.Length;
        var post = new double[classes];
        double total = 0;
        for (int c = 0; c < classes; c++)
        {
            double logp = Math.Log(prior[c]);
            for (int j = 0; j < x.Length; j++)
            {
                double z = (x[j] - mean[c][j]) / std[c][j];
                logp += -0.5 * z * z - Math.Log(std[c][j]);
            }

            post[c] = Math.Exp(logp); //~ LG0003
            total += post[c];
        }

        for (int c = 0; c < classes; c++)
        {
            post[c] /= total;
        }

        return post;
    }
}

public static class MultinomialNaiveBayes
{
    public static float[] Posterior(float[] prior, float[,] logLikelihood, List<int> words)
    {
        int classes = prior.Length;
        var score = new float[classes];
        for (int c = 0; c < classes; c++)
        {
            score[c] = MathF.Log(prior[c]);
            foreach (int w in words)
            {
                score[c] += logLikelihood[c, w];
            }
        }

        float z = 0f;
        for (int c = 0; c < classes; c++)
        {
            score[c] = MathF.Exp(score[c]); //~ LG0003
            z += score[c];
        }

        for (int c = 0; c < classes; c++)
        {
            score[c] /= z;
        }

        return score;
    }
}

public sealed class BernoulliNaiveBayes
{
    private readonly int[] _classCount;
    private readonly double[,] _featureOn;
    private readonly int _samples;

    public BernoulliNaiveBayes(int[] classCount, double[,] featureOn, int samples)
    {
        _classCount = classCount;
        _featureOn = featureOn;
        _samples = samples;
    }

    public double[] Predict(bool[] x)
    {
        var result = new double[_classCount.Length];
        double evidence = 0;
        for (int c = 0; c < _classCount.Length; c++)
        {
            double logp = Math.Log(_classCount[c] / (double)_samples);
            for (int j = 0; j < x.Length; j++)
            {
                logp -= -Math.Log(Likelihood(c, j, x[j]));
            }

            result[c] = Math.Exp(logp); //~ LG0003
            evidence += result[c];
        }

        for (int c = 0; c < result.Length; c++)
        {
            result[c] = result[c] / (evidence + 1e-12);
        }

        return result;
    }

    private double Likelihood(int c, int j, bool on)
    {
        if (on)
        {
            return _featureOn[c, j];
        }

        return 1.0 - _featureOn[c, j];
    }
}

public static class LinqNaiveBayes
{
    public static double[] Posterior(double[] prior, double[][] likelihood)
    {
        var e = new double[prior.Length];
        double sum = 0;
        for (int c = 0; c < prior.Length; c++)
        {
            double logp = Math.Log(prior[c]) + likelihood[c].Sum(l => Math.Log(l));
            e[c] = Math.Exp(logp); //~ LG0003
            sum += e[c];
        }

        return e.Select(v => v / sum).ToArray();
    }
}

public static class PriorTimesLogistic
{
    public static void Posterior(double[] prior, double[][] w, double[] x, double[] p)
    {
        double norm = 0;
        for (int c = 0; c < prior.Length; c++)
        {
            double s = Math.Log(prior[c]);
            for (int j = 0; j < x.Length; j++)
            {
                s += w[c][j] * x[j];
            }

            p[c] = Math.Exp(s); //~ LG0003
            norm += p[c];
        }

        for (int c = 0; c < prior.Length; c++)
        {
            p[c] /= norm;
        }
    }
}
