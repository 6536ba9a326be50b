// Idiom: HMM forward pass (filtering) with per-step scaling: alpha_t(j) is proportional to
// pred_t(j) * exp(log b_j(o_t)); the emission log-likelihoods are shifted by the step's best state and the step
// is divided by its own scale c_t (Rabiner's scaled forward recursion).
// Use: filtered state posteriors of a hidden Markov model with Gaussian (log-density) emissions.
// Layout: log-emissions double[T, S] row-major (time, state), transition double[S, S], alpha double[T, S].
// Inspired by: Accord.NET ForwardBackwardAlgorithm.Forward (scaling vector) and the Encog scaled calculator; own code.
// Label: Correct.
using System;

namespace HeldOut62.HmmFilter_ScaledPerStep;

public static class HiddenMarkov
{
    public static double[,] Forward(double[,] logEmission, double[,] transition, double[] initial)
    {
        int steps = logEmission.GetLength(0);
        int states = logEmission.GetLength(1);
        var alpha = new double[steps, states];
        var pred = new double[states];
        for (int t = 0; t < steps; t++)
        {
            for (int j = 0; j < states; j++)
            {
                if (t == 0)
                {
                    pred[j] = initial[j];
                    continue;
                }

                double acc = 0.0;
                for (int i = 0; i < states; i++)
                {
                    acc += alpha[t - 1, i] * transition[i, j];
                }

                pred[j] = acc;
            }

            double shift = logEmission[t, 0];
            for (int j = 1; j < states; j++)
            {
                if (logEmission[t, j] > shift) shift = logEmission[t, j];
            }

            double scale = 0.0;
            for (int j = 0; j < states; j++)
            {
                alpha[t, j] = pred[j] * Math.Exp(logEmission[t, j] - shift);
                scale += alpha[t, j];
            }

            for (int j = 0; j < states; j++)
            {
                alpha[t, j] /= scale;
            }
        }

        return alpha;
    }
}
