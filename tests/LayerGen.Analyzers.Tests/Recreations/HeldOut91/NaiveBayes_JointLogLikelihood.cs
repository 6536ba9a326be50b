// Idiom: a port of scikit-learn's `predict_proba` for naive Bayes: `jll = self._joint_log_likelihood(X)`, then
// `log_prob_x = logsumexp(jll, axis=1)` and `np.exp(jll - log_prob_x[:, None])`, with a per-row `logsumexp` helper.
// Use: class posteriors from joint log-likelihoods. Layout: double[n_samples, n_classes]; Math.Exp, Math.Log of a sum.
// Correct (the helper shifts by the row max; no log of a probability). Our own code.
using System;

namespace HeldOut91.NaiveBayes_JointLogLikelihood;

public sealed class GaussianNB
{
    private static double logsumexp_row(double[,] a, int i)
    {
        int n_classes = a.GetLength(1);
        double a_max = double.NegativeInfinity;
        for (int k = 0; k < n_classes; k++) a_max = Math.Max(a_max, a[i, k]);
        double s = 0.0;
        for (int k = 0; k < n_classes; k++) s += Math.Exp(a[i, k] - a_max);
        return a_max + Math.Log(s);
    }

    public double[,] predict_proba(double[,] jll)
    {
        int n_samples = jll.GetLength(0), n_classes = jll.GetLength(1);
        double[,] proba = new double[n_samples, n_classes];
        for (int i = 0; i < n_samples; i++)
        {
            double log_prob_x = logsumexp_row(jll, i);
            for (int k = 0; k < n_classes; k++)
            {
                proba[i, k] = Math.Exp(jll[i, k] - log_prob_x);
            }
        }
        return proba;
    }
}
