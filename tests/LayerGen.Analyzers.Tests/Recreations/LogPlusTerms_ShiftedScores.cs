// Correct twins of LogPlusTerms_RawScores: the same log-space class scores, exponentiated after subtracting their
// maximum over the classes (inline, through a score array, or inside a log-sum-exp `exp(score − lse)`), so one exp
// is 1 and none overflows or underflows to 0 / 0; or an exponent that is the log of one value alone (a tempered prior
// exp(log p / T) = p^(1/T), a ratio exp(log a − log b) = a / b: no raw logit, finite as the values are); or a clamped
// score. Correct: no diagnostic.
// Source: the same naive Bayes ports written with the log-sum-exp trick (scikit-learn's `predict_proba` normalises
// `joint_log_likelihood` with `logsumexp`, as C# ports of it do).
// Layouts: jagged double[][] Gaussian statistics with a score array and its maximum; float[,] log-likelihood table with
// a log-sum-exp; a tempered prior; a prior ratio; a clamped log-space score.
using System;
using System.Collections.Generic;

namespace Recreations.LogPlusTermsShiftedScores;

public static class GaussianNaiveBayes
{
    public static double[] Posterior(double[] prior, double[][] mean, double[][] std, double[] x)
    {
        int classes = prior.Length;
        var logp = new double[classes];
        double best = double.NegativeInfinity;
        for (int c = 0; c < classes; c++)
        {
            logp[c] = Math.Log(prior[c]);
            for (int j = 0; j < x.Length; j++)
            {
                double z = (x[j] - mean[c][j]) / std[c][j];
                logp[c] += -0.5 * z * z - Math.Log(std[c][j]);
            }

            best = Math.Max(best, logp[c]);
        }

        var post = new double[classes];
        double total = 0;
        for (int c = 0; c < classes; c++)
        {
            post[c] = Math.Exp(logp[c] - best);
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
    public static float[] Posterior(float[] logPrior, float[,] logLikelihood, List<int> words)
    {
        int classes = logPrior.Length;
        var score = new float[classes];
        float max = float.NegativeInfinity;
        for (int c = 0; c < classes; c++)
        {
            score[c] = logPrior[c];
            foreach (int w in words)
            {
                score[c] += logLikelihood[c, w];
            }

            if (score[c] > max)
            {
                max = score[c];
            }
        }

        float s = 0f;
        for (int c = 0; c < classes; c++)
        {
            s += MathF.Exp(score[c] - max);
        }

        float lse = max + MathF.Log(s);
        var p = new float[classes];
        float z = 0f;
        for (int c = 0; c < classes; c++)
        {
            p[c] = MathF.Exp(score[c] - lse);
            z += p[c];
        }

        for (int c = 0; c < classes; c++)
        {
            p[c] /= z;
        }

        return p;
    }
}

public static class TemperedPrior
{
    public static double[] Sharpen(double[] prior, double temperature)
    {
        var p = new double[prior.Length];
        double sum = 0;
        for (int c = 0; c < prior.Length; c++)
        {
            p[c] = Math.Exp(Math.Log(prior[c]) / temperature);
            sum += p[c];
        }

        for (int c = 0; c < prior.Length; c++)
        {
            p[c] /= sum;
        }

        return p;
    }

    public static double[] Reweight(double[] target, double[] source)
    {
        var w = new double[target.Length];
        double sum = 0;
        for (int c = 0; c < target.Length; c++)
        {
            w[c] = Math.Exp(Math.Log(target[c]) - Math.Log(source[c]));
            sum += w[c];
        }

        for (int c = 0; c < target.Length; c++)
        {
            w[c] /= sum;
        }

        return w;
    }
}

public static class ClampedScores
{
    public static void Posterior(double[] prior, double[][] likelihood, double[] p)
    {
        double norm = 0;
        for (int c = 0; c < prior.Length; c++)
        {
            double s = Math.Log(prior[c]);
            for (int j = 0; j < likelihood[c].Length; j++)
            {
                s += Math.Log(likelihood[c][j]);
            }

            p[c] = Math.Exp(Math.Clamp(s, -700.0, 700.0));
            norm += p[c];
        }

        for (int c = 0; c < prior.Length; c++)
        {
            p[c] /= norm;
        }
    }
}
