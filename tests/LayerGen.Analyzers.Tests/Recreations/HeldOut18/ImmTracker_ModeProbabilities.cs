// Source: interacting multiple model (IMM) estimator, mode-probability update (Blom & Bar-Shalom 1988; Bar-Shalom,
// Li & Kirubarajan 2001, ch. 11; FilterPy `IMMEstimator.update`, Stone Soup): mu_j is proportional to
// Lambda_j * c_j with the predicted mode probability c_j = sum_i p_ij mu_i, done in log space because the
// Gaussian innovation likelihoods of a manoeuvring target underflow.
// Layout: mode probabilities `double[targets, modes]` (updated in place), transition matrix `double[modes, modes]`,
// log-likelihoods `double[targets, modes]`; a `do/while` over the tracked targets, `stackalloc` scratch.
// Correct: each target shifts by its own best log posterior; the argmax mode is kept as the displayed mode.
using System;

namespace HeldOut18.ImmTracker_ModeProbabilities;

public static class ImmModeUpdate
{
    public static int[] Update(double[,] mu, double[,] transition, double[,] logLikelihood)
    {
        int targets = mu.GetLength(0);
        int modes = mu.GetLength(1);
        var likeliest = new int[targets];
        if (targets == 0)
        {
            return likeliest;
        }

        Span<double> logPost = stackalloc double[modes];
        int t = 0;
        do
        {
            double peak = double.NegativeInfinity;
            for (int j = 0; j < modes; j++)
            {
                double predicted = 0.0;
                for (int i = 0; i < modes; i++)
                {
                    predicted += transition[i, j] * mu[t, i];
                }

                logPost[j] = Math.Log(predicted) + logLikelihood[t, j];
                if (logPost[j] > peak)
                {
                    peak = logPost[j];
                    likeliest[t] = j;
                }
            }

            double z = 0.0;
            for (int j = 0; j < modes; j++)
            {
                mu[t, j] = Math.Exp(logPost[j] - peak);
                z += mu[t, j];
            }

            for (int j = 0; j < modes; j++)
            {
                mu[t, j] /= z;
            }

            t++;
        }
        while (t < targets);

        return likeliest;
    }
}
