// Idiom: particle-filter importance weights from per-step measurement log-likelihoods, normalised per time step
// (a batch replay of a recorded run). Shift by the step's best log-likelihood as PF utility helpers do before exp
// (style from public normalize_log_weights helpers; our own code).
// Layout: double[steps, particles], row = one time step, softmax over the particles of that step; `if` max fold.
// Correct: each step subtracts its own maximum and divides by its own sum.
using System;

namespace HeldOut48.ParticleWeights_PerStepNormalise;

public static class ReplayFilter
{
    public static double[,] NormaliseSteps(double[,] logLik)
    {
        int steps = logLik.GetLength(0);
        int particles = logLik.GetLength(1);
        var weights = new double[steps, particles];
        for (int t = 0; t < steps; t++)
        {
            double best = double.NegativeInfinity;
            for (int p = 0; p < particles; p++)
            {
                if (logLik[t, p] > best) best = logLik[t, p];
            }

            double norm = 0.0;
            for (int p = 0; p < particles; p++)
            {
                weights[t, p] = Math.Exp(logLik[t, p] - best);
                norm += weights[t, p];
            }

            for (int p = 0; p < particles; p++)
            {
                weights[t, p] /= norm;
            }
        }

        return weights;
    }
}
