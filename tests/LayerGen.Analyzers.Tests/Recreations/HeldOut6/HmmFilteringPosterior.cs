// Source: HMM forward filtering in log space (Accord.NET Statistics Models.Markov ForwardBackwardAlgorithm's
// log-forward; Bigtree.Algorithm.HiddenMarkovModel), re-created as the per-step state posterior.
// Layout: double[T, S] log forward scores; the posterior at step t is a softmax over states.
// Correct: per-step maxima stored in one pass, used by a second pass for exp, sum and normalisation.
using System;

namespace HeldOut6.HmmFilteringPosterior;

public static class ForwardFilter
{
    public static double[,] StatePosterior(double[,] logAlpha)
    {
        int steps = logAlpha.GetLength(0);
        int states = logAlpha.GetLength(1);
        var stepMax = new double[steps];
        for (int t = 0; t < steps; t++)
        {
            double m = double.NegativeInfinity;
            for (int s = 0; s < states; s++)
            {
                if (logAlpha[t, s] > m)
                {
                    m = logAlpha[t, s];
                }
            }

            stepMax[t] = m;
        }

        var posterior = new double[steps, states];
        for (int t = 0; t < steps; t++)
        {
            double norm = 0;
            for (int s = 0; s < states; s++)
            {
                posterior[t, s] = Math.Exp(logAlpha[t, s] - stepMax[t]);
                norm += posterior[t, s];
            }

            for (int s = 0; s < states; s++)
            {
                posterior[t, s] /= norm;
            }
        }

        return posterior;
    }
}
