// Idiom: particle-filter importance weights per time step, particle-major replay buffer (one particle's history per
// row, as a trajectory logger writes it).
// Layout: float[particles, steps]; the softmax of step t runs down column t (over the particles).
// Bug (LG0004): the peak is taken per particle over its steps (along a row) while each sum runs over the particles of
// one step (down a column): max and sum over different axes, the weights are not the step's posterior.
using System;

namespace HeldOut48.ParticleWeights_PeakPerParticle;

public static class TrajectoryLog
{
    public static float[,] StepWeights(float[,] logLik)
    {
        int particles = logLik.GetLength(0);
        int steps = logLik.GetLength(1);
        var peak = new float[particles];
        for (int p = 0; p < particles; p++)
        {
            peak[p] = float.NegativeInfinity;
            for (int t = 0; t < steps; t++)
            {
                peak[p] = MathF.Max(peak[p], logLik[p, t]); //~ LG0004
            }
        }

        var w = new float[particles, steps];
        for (int t = 0; t < steps; t++)
        {
            float norm = 0f;
            for (int p = 0; p < particles; p++)
            {
                w[p, t] = MathF.Exp(logLik[p, t] - peak[p]);
                norm += w[p, t];
            }

            for (int p = 0; p < particles; p++)
            {
                w[p, t] /= norm;
            }
        }

        return w;
    }
}
