// Source: importance-sampling leave-one-out weights (Vehtari, Gelman & Gabry 2017; stan-dev/loo `sis`/`psis`,
// ArviZ `loo`): the log importance ratios are the negated pointwise log-likelihoods of log_lik[draws, observations],
// and each observation's weights are normalised over the posterior draws (before any Pareto smoothing).
// Layout: double[draws, observations]; the softmax axis is a column (the draws of one observation); a per-observation
// peak array filled in one pass, then Parallel.For over the observations; the largest ratio of all is only reported.
// Correct.
using System;
using System.Threading.Tasks;

namespace LayerGen.Recreations.HeldOut16.PsisLoo_DrawColumnWeights;

public static class LooWeights
{
    /// <summary>Self-normalised importance weights per observation; <paramref name="largestRatio"/> is a diagnostic.</summary>
    public static double[,] Normalised(double[,] logLik, out double largestRatio)
    {
        int draws = logLik.GetLength(0), observations = logLik.GetLength(1);
        var peak = new double[observations];
        largestRatio = double.NegativeInfinity;
        for (int i = 0; i < observations; i++)
        {
            double best = double.NegativeInfinity;
            for (int s = 0; s < draws; s++)
            {
                double ratio = -logLik[s, i];
                if (ratio > best) best = ratio;
            }
            peak[i] = best;
            largestRatio = Math.Max(largestRatio, best);
        }

        var weights = new double[draws, observations];
        Parallel.For(0, observations, i =>
        {
            double z = 0;
            for (int s = 0; s < draws; s++)
            {
                double w = Math.Exp(-logLik[s, i] - peak[i]);
                weights[s, i] = w;
                z += w;
            }
            for (int s = 0; s < draws; s++) weights[s, i] /= z;
        });
        return weights;
    }
}
